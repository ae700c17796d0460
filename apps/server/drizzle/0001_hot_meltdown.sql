ALTER TABLE "conversations" ADD COLUMN "card_product_name" text;--> statement-breakpoint
ALTER TABLE "conversations" ADD COLUMN "card_last4" text;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "event_data" jsonb;