CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"cardmember_id" text NOT NULL,
	"file_name" text NOT NULL,
	"detected_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"scan_status" text NOT NULL,
	"scan_finding" text,
	"idempotency_key" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upload_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"conversation_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"max_files" integer NOT NULL,
	"used_count" integer DEFAULT 0 NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	CONSTRAINT "upload_links_used_count_check" CHECK ("upload_links"."used_count" >= 0 and "upload_links"."used_count" <= "upload_links"."max_files")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_link_id_upload_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."upload_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_link_idempotency_idx" ON "documents" USING btree ("link_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_storage_key_idx" ON "documents" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "documents_case_idx" ON "documents" USING btree ("case_id","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "upload_links_token_hash_idx" ON "upload_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "upload_links_case_idx" ON "upload_links" USING btree ("case_id");