CREATE TABLE "conversation_offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"agent_id" text NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "conversation_ratings" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"agent_id" text,
	"score" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queues" (
	"name" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"time_zone" text DEFAULT 'America/New_York' NOT NULL,
	"hours" jsonb,
	"holidays" text[] DEFAULT '{}' NOT NULL,
	"overflow_queue" text,
	"overflow_after_minutes" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "overflow_queue" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "overflow_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "escalated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agent_states" ADD COLUMN "last_offered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "conversation_offers" ADD CONSTRAINT "conversation_offers_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_ratings" ADD CONSTRAINT "conversation_ratings_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_offers_live_uq" ON "conversation_offers" USING btree ("conversation_id","kind") WHERE "conversation_offers"."state" = 'offered';--> statement-breakpoint
CREATE INDEX "conversation_offers_expiry_idx" ON "conversation_offers" USING btree ("state","expires_at");--> statement-breakpoint
CREATE INDEX "conversation_offers_agent_idx" ON "conversation_offers" USING btree ("agent_id","state");--> statement-breakpoint
CREATE INDEX "conversation_ratings_created_idx" ON "conversation_ratings" USING btree ("created_at");