CREATE TABLE "step_up_challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"cardmember_id" text NOT NULL,
	"conversation_id" text,
	"card_account_id" text,
	"action" text NOT NULL,
	"method" text NOT NULL,
	"status" text NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agent_sessions" ADD COLUMN "last_active_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "step_up_challenges_cardmember_idx" ON "step_up_challenges" USING btree ("cardmember_id","status");