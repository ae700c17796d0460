CREATE TABLE "case_events" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"text" text,
	"data" jsonb,
	"visibility" text DEFAULT 'agents' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_events_case_id_seq_pk" PRIMARY KEY("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"cardmember_id" text NOT NULL,
	"card_account_id" text NOT NULL,
	"conversation_id" uuid,
	"title" text NOT NULL,
	"language" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"idempotency_key" text,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"words" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"first_response_due_on" date NOT NULL,
	"final_response_due_on" date NOT NULL,
	"first_responded_at" timestamp with time zone,
	"final_responded_at" timestamp with time zone,
	"escalated" boolean DEFAULT false NOT NULL,
	"escalated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"statement_id" text,
	"statement_closing_date" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"merchant" text NOT NULL,
	"transacted_on" date NOT NULL,
	"reason" text NOT NULL,
	"merchant_contact" text,
	"received_at" timestamp with time zone NOT NULL,
	"notice_window_ends_on" date NOT NULL,
	"within_window" boolean NOT NULL,
	"acknowledgement_due_on" date NOT NULL,
	"resolution_due_on" date NOT NULL,
	"resolution_due_by" text NOT NULL,
	"clocks" jsonb NOT NULL,
	"pending" boolean DEFAULT true NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"outcome" text,
	"credited_cents" integer,
	"amount_owed_cents" integer,
	"explanation" text,
	"delinquency_report_earliest_on" date
);
--> statement-breakpoint
CREATE TABLE "secure_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "secure_messages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"cardmember_id" text NOT NULL,
	"card_account_id" text,
	"case_id" uuid,
	"conversation_id" uuid,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"language" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "secure_messages" ADD CONSTRAINT "secure_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_uq" ON "cases" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_uq" ON "cases" USING btree ("cardmember_id","idempotency_key") WHERE "cases"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "cases_cardmember_idx" ON "cases" USING btree ("cardmember_id","opened_at");--> statement-breakpoint
CREATE INDEX "cases_card_account_idx" ON "cases" USING btree ("card_account_id","opened_at");--> statement-breakpoint
CREATE INDEX "cases_conversation_idx" ON "cases" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "disputes_card_account_idx" ON "disputes" USING btree ("card_account_id","pending");--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_pending_transaction_uq" ON "disputes" USING btree ("card_account_id","transaction_id") WHERE "disputes"."pending";--> statement-breakpoint
CREATE INDEX "secure_messages_cardmember_idx" ON "secure_messages" USING btree ("cardmember_id","created_at");--> statement-breakpoint
CREATE INDEX "secure_messages_case_idx" ON "secure_messages" USING btree ("case_id");