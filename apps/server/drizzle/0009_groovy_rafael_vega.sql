CREATE TABLE "core_bank_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"cardmember_id" text NOT NULL,
	"bank_name" text NOT NULL,
	"account_type" text NOT NULL,
	"last4" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_communication_preferences" (
	"cardmember_id" text PRIMARY KEY NOT NULL,
	"paperless_statements" boolean NOT NULL,
	"reminder_email" boolean NOT NULL,
	"reminder_sms" boolean NOT NULL,
	"marketing_opt_in" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_due_date_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"previous_due_day" integer NOT NULL,
	"new_due_day" integer NOT NULL,
	"transition_closing_date" date NOT NULL,
	"first_new_due_date" date NOT NULL,
	"no_late_fee_through" date NOT NULL,
	"requested_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_fee_credits" (
	"fee_transaction_id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"credit_transaction_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"credited_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"bank_account_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"payment_date" date NOT NULL,
	"credited_on" date NOT NULL,
	"status" text NOT NULL,
	"transaction_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_points_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"points" bigint NOT NULL,
	"credit_cents" bigint NOT NULL,
	"cents_per_point_x100" integer NOT NULL,
	"points_balance_after" bigint NOT NULL,
	"redeemed_on" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_redeemed_charges" (
	"charge_transaction_id" text PRIMARY KEY NOT NULL,
	"redemption_id" text NOT NULL,
	"credit_transaction_id" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"points" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_replacement_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"card_account_id" text NOT NULL,
	"replaces_card_id" text NOT NULL,
	"card_id" text NOT NULL,
	"reason" text NOT NULL,
	"last4" text NOT NULL,
	"new_number" boolean NOT NULL,
	"holder_name" text NOT NULL,
	"ship_to" jsonb NOT NULL,
	"ships_to_address_on_file" boolean NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"ordered_on" date NOT NULL,
	"carrier" text NOT NULL,
	"ships_on" date NOT NULL,
	"estimated_delivery_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_requests" (
	"request_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"card_account_id" text NOT NULL,
	"result_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_requests" (
	"cardmember_id" text NOT NULL,
	"workflow" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"card_account_id" text NOT NULL,
	"status" text NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "workflow_requests_cardmember_id_workflow_idempotency_key_pk" PRIMARY KEY("cardmember_id","workflow","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "core_bank_accounts" ADD CONSTRAINT "core_bank_accounts_cardmember_id_core_cardmembers_id_fk" FOREIGN KEY ("cardmember_id") REFERENCES "public"."core_cardmembers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_communication_preferences" ADD CONSTRAINT "core_communication_preferences_cardmember_id_core_cardmembers_id_fk" FOREIGN KEY ("cardmember_id") REFERENCES "public"."core_cardmembers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_due_date_changes" ADD CONSTRAINT "core_due_date_changes_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_fee_credits" ADD CONSTRAINT "core_fee_credits_fee_transaction_id_core_transactions_id_fk" FOREIGN KEY ("fee_transaction_id") REFERENCES "public"."core_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_fee_credits" ADD CONSTRAINT "core_fee_credits_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_fee_credits" ADD CONSTRAINT "core_fee_credits_credit_transaction_id_core_transactions_id_fk" FOREIGN KEY ("credit_transaction_id") REFERENCES "public"."core_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_payments" ADD CONSTRAINT "core_payments_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_payments" ADD CONSTRAINT "core_payments_bank_account_id_core_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."core_bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_payments" ADD CONSTRAINT "core_payments_transaction_id_core_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."core_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_points_redemptions" ADD CONSTRAINT "core_points_redemptions_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_redeemed_charges" ADD CONSTRAINT "core_redeemed_charges_charge_transaction_id_core_transactions_id_fk" FOREIGN KEY ("charge_transaction_id") REFERENCES "public"."core_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_redeemed_charges" ADD CONSTRAINT "core_redeemed_charges_redemption_id_core_points_redemptions_id_fk" FOREIGN KEY ("redemption_id") REFERENCES "public"."core_points_redemptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_redeemed_charges" ADD CONSTRAINT "core_redeemed_charges_credit_transaction_id_core_transactions_id_fk" FOREIGN KEY ("credit_transaction_id") REFERENCES "public"."core_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_replacement_orders" ADD CONSTRAINT "core_replacement_orders_card_account_id_core_card_accounts_id_fk" FOREIGN KEY ("card_account_id") REFERENCES "public"."core_card_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_replacement_orders" ADD CONSTRAINT "core_replacement_orders_replaces_card_id_core_cards_id_fk" FOREIGN KEY ("replaces_card_id") REFERENCES "public"."core_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_replacement_orders" ADD CONSTRAINT "core_replacement_orders_card_id_core_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."core_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "core_bank_accounts_cardmember_idx" ON "core_bank_accounts" USING btree ("cardmember_id");--> statement-breakpoint
CREATE INDEX "core_due_date_changes_account_idx" ON "core_due_date_changes" USING btree ("card_account_id","created_at");--> statement-breakpoint
CREATE INDEX "core_fee_credits_account_idx" ON "core_fee_credits" USING btree ("card_account_id","credited_on");--> statement-breakpoint
CREATE INDEX "core_payments_account_idx" ON "core_payments" USING btree ("card_account_id","requested_at");--> statement-breakpoint
CREATE INDEX "core_points_redemptions_account_idx" ON "core_points_redemptions" USING btree ("card_account_id","created_at");--> statement-breakpoint
CREATE INDEX "core_replacement_orders_account_idx" ON "core_replacement_orders" USING btree ("card_account_id","ordered_at");