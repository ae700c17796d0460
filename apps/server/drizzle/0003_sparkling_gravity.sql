CREATE TABLE "assistant_sessions" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"handled_seq" integer DEFAULT 0 NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recorded_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"cardmember_id" text NOT NULL,
	"card_account_id" text NOT NULL,
	"kind" text NOT NULL,
	"intent" text NOT NULL,
	"message_seq" integer NOT NULL,
	"words" text NOT NULL,
	"entities" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "conversations_status_idx";--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "priority" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "routing_reason" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "visibility" text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "payload" jsonb;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "quick_reply" text;--> statement-breakpoint
CREATE INDEX "recorded_requests_conversation_idx" ON "recorded_requests" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "recorded_requests_cardmember_idx" ON "recorded_requests" USING btree ("cardmember_id","received_at");--> statement-breakpoint
CREATE INDEX "conversations_status_idx" ON "conversations" USING btree ("status","queue","priority","queued_at");