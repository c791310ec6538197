CREATE TABLE "board_sequences" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "board_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "board_sequences" ADD CONSTRAINT "board_sequences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_organization_id_board_seq_index" ON "opportunities" USING btree ("organization_id","board_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "opportunity_events_organization_id_client_mutation_id_index" ON "opportunity_events" USING btree ("organization_id","client_mutation_id") WHERE "opportunity_events"."client_mutation_id" is not null;