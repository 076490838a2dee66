CREATE TABLE "flags" (
	"user_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "flags_user_id_item_id_pk" PRIMARY KEY("user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "item_calibrations" (
	"item_id" text PRIMARY KEY NOT NULL,
	"mean" double precision NOT NULL,
	"variance" double precision NOT NULL,
	"answers" integer NOT NULL,
	"correct" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learner_abilities" (
	"user_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"mean" double precision NOT NULL,
	"variance" double precision NOT NULL,
	"answers" integer NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "learner_abilities_user_id_scope_pk" PRIMARY KEY("user_id","scope")
);
--> statement-breakpoint
CREATE TABLE "learner_goals" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"certification_id" text NOT NULL,
	"exam_date" date
);
--> statement-breakpoint
CREATE TABLE "memory_cards" (
	"user_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"card" jsonb NOT NULL,
	"due" timestamp (3) with time zone NOT NULL,
	"retention" real NOT NULL,
	"mistake" jsonb,
	"last_answered_at" timestamp (3) with time zone NOT NULL,
	"last_correct" boolean NOT NULL,
	"answers" integer NOT NULL,
	"confident_error_at" timestamp (3) with time zone,
	CONSTRAINT "memory_cards_user_id_item_id_pk" PRIMARY KEY("user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "pass_snapshots" (
	"user_id" uuid NOT NULL,
	"certification_id" text NOT NULL,
	"day" date NOT NULL,
	"probability" double precision NOT NULL,
	"low" double precision NOT NULL,
	"high" double precision NOT NULL,
	"subjects" jsonb NOT NULL,
	CONSTRAINT "pass_snapshots_user_id_certification_id_day_pk" PRIMARY KEY("user_id","certification_id","day")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responses_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"client_answer_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"item_version" integer NOT NULL,
	"response" jsonb NOT NULL,
	"correct" boolean NOT NULL,
	"score" real NOT NULL,
	"elapsed_ms" integer NOT NULL,
	"confidence" text,
	"mode" text NOT NULL,
	"certification_id" text,
	"exam_date" date,
	"answered_at" timestamp with time zone NOT NULL,
	"result" jsonb NOT NULL,
	CONSTRAINT "responses_client_answer_uq" UNIQUE("user_id","client_answer_id")
);
--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "safety" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_calibrations" ADD CONSTRAINT "item_calibrations_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_abilities" ADD CONSTRAINT "learner_abilities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_goals" ADD CONSTRAINT "learner_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_goals" ADD CONSTRAINT "learner_goals_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_cards" ADD CONSTRAINT "memory_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_cards" ADD CONSTRAINT "memory_cards_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pass_snapshots" ADD CONSTRAINT "pass_snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pass_snapshots" ADD CONSTRAINT "pass_snapshots_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_item_id_item_version_item_versions_item_id_version_fk" FOREIGN KEY ("item_id","item_version") REFERENCES "public"."item_versions"("item_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memory_cards_due_idx" ON "memory_cards" USING btree ("user_id","due");--> statement-breakpoint
CREATE INDEX "responses_user_idx" ON "responses" USING btree ("user_id","seq");