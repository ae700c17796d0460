CREATE TABLE "core_authorized_users" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"card_last4" text NOT NULL,
	"added_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_card_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"cardmember_id" text NOT NULL,
	"product_name" text NOT NULL,
	"network" text NOT NULL,
	"last4" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"credit_limit_cents" bigint NOT NULL,
	"current_balance_cents" bigint NOT NULL,
	"purchase_apr_bps" integer NOT NULL,
	"due_day" integer NOT NULL,
	"closing_day" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_cardmembers" (
	"id" text PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"preferred_language" text DEFAULT 'en' NOT NULL,
	"address" jsonb NOT NULL,
	"member_since" date NOT NULL,
	"segment" text DEFAULT 'consumer' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_cards" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"holder_name" text NOT NULL,
	"last4" text NOT NULL,
	"role" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"expires" text NOT NULL,
	"wallet_tokens" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_rewards" (
	"card_account_id" text PRIMARY KEY NOT NULL,
	"program" text NOT NULL,
	"points_balance" bigint NOT NULL,
	"pending_points" bigint DEFAULT 0 NOT NULL,
	"cents_per_point_x100" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"period_start" date NOT NULL,
	"closing_date" date NOT NULL,
	"due_date" date NOT NULL,
	"previous_balance_cents" bigint NOT NULL,
	"statement_balance_cents" bigint NOT NULL,
	"minimum_due_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_transactions" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"statement_id" text,
	"transacted_on" date NOT NULL,
	"posted_on" date,
	"merchant" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"card_last4" text NOT NULL,
	"status" text DEFAULT 'posted' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_travel_bookings" (
	"id" text PRIMARY KEY NOT NULL,
	"cardmember_id" text NOT NULL,
	"card_account_id" text NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"itinerary" jsonb NOT NULL,
	"total_cents" bigint NOT NULL,
	"status" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_participants" (
	"conversation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"participant_id" text NOT NULL,
	"display_name" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "conversation_participants_conversation_id_kind_participant_id_pk" PRIMARY KEY("conversation_id","kind","participant_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cardmember_id" text NOT NULL,
	"card_account_id" text NOT NULL,
	"status" text NOT NULL,
	"queue" text NOT NULL,
	"language" text NOT NULL,
	"assigned_agent_id" text,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"client_message_id" text,
	"author_kind" text NOT NULL,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"event" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "receipts" (
	"conversation_id" uuid NOT NULL,
	"reader" text NOT NULL,
	"delivered_seq" integer DEFAULT 0 NOT NULL,
	"read_seq" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "receipts_conversation_id_reader_pk" PRIMARY KEY("conversation_id","reader")
);
--> statement-breakpoint
CREATE TABLE "agent_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret" text NOT NULL,
	"last_totp_step" bigint,
	"queues" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "core_authorized_users" ADD CONSTRAINT "core_authorized_users_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_card_accounts" ADD CONSTRAINT "core_card_accounts_cardmember_id_core_cardmembers_id_fk" FOREIGN KEY ("cardmember_id") REFERENCES "public"."core_cardmembers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_cards" ADD CONSTRAINT "core_cards_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_rewards" ADD CONSTRAINT "core_rewards_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_statements" ADD CONSTRAINT "core_statements_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_transactions" ADD CONSTRAINT "core_transactions_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_transactions" ADD CONSTRAINT "core_transactions_statement_id_core_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."core_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_travel_bookings" ADD CONSTRAINT "core_travel_bookings_cardmember_id_core_cardmembers_id_fk" FOREIGN KEY ("cardmember_id") REFERENCES "public"."core_cardmembers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_travel_bookings" ADD CONSTRAINT "core_travel_bookings_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_participants" ADD CONSTRAINT "conversation_participants_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receipts" ADD CONSTRAINT "receipts_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_sessions" ADD CONSTRAINT "agent_sessions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "core_authorized_users_account_idx" ON "core_authorized_users" USING btree ("card_account_id");--> statement-breakpoint
CREATE INDEX "core_card_accounts_cardmember_idx" ON "core_card_accounts" USING btree ("cardmember_id");--> statement-breakpoint
CREATE INDEX "core_cards_account_idx" ON "core_cards" USING btree ("card_account_id");--> statement-breakpoint
CREATE INDEX "core_statements_account_idx" ON "core_statements" USING btree ("card_account_id","closing_date");--> statement-breakpoint
CREATE INDEX "core_transactions_account_idx" ON "core_transactions" USING btree ("card_account_id","transacted_on");--> statement-breakpoint
CREATE INDEX "core_travel_bookings_cardmember_idx" ON "core_travel_bookings" USING btree ("cardmember_id");--> statement-breakpoint
CREATE INDEX "conversations_cardmember_idx" ON "conversations" USING btree ("cardmember_id","created_at");--> statement-breakpoint
CREATE INDEX "conversations_status_idx" ON "conversations" USING btree ("status","queue","queued_at");--> statement-breakpoint
CREATE INDEX "conversations_agent_idx" ON "conversations" USING btree ("assigned_agent_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_conversation_seq_uq" ON "messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_idempotency_uq" ON "messages" USING btree ("conversation_id","author_kind","author_id","client_message_id") WHERE "messages"."client_message_id" is not null;--> statement-breakpoint
CREATE INDEX "agent_sessions_agent_idx" ON "agent_sessions" USING btree ("agent_id");