CREATE TABLE "customer_revocations" (
	"cardmember_id" text PRIMARY KEY NOT NULL,
	"revoked_before" timestamp with time zone NOT NULL,
	"reason" text NOT NULL
);
