CREATE TABLE "agent_states" (
	"agent_id" text PRIMARY KEY NOT NULL,
	"max_chats" integer DEFAULT 3 NOT NULL,
	"presence" text DEFAULT 'offline' NOT NULL,
	"last_seen_at" timestamp with time zone,
	"last_assigned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "assigned_at" timestamp with time zone;