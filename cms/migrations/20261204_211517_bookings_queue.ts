import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`services_queue_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_queue_weekdays_order_idx\` ON \`services_queue_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_queue_weekdays_parent_idx\` ON \`services_queue_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_queue_times\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_queue_times_order_idx\` ON \`services_queue_times\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_queue_times_parent_id_idx\` ON \`services_queue_times\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_queue_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_queue_weekdays_order_idx\` ON \`_services_v_version_queue_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_queue_weekdays_parent_idx\` ON \`_services_v_version_queue_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_queue_times\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_queue_times_order_idx\` ON \`_services_v_version_queue_times\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_queue_times_parent_id_idx\` ON \`_services_v_version_queue_times\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`time\` text NOT NULL,
  	\`queue_number\` text NOT NULL,
  	\`status\` text DEFAULT 'booked' NOT NULL,
  	\`regency_id\` integer NOT NULL,
  	\`agency_id\` integer NOT NULL,
  	\`service_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`nik\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`email\` text,
  	\`seat_key\` text NOT NULL,
  	\`cancelled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_code_idx\` ON \`bookings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`bookings_date_idx\` ON \`bookings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`bookings_status_idx\` ON \`bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`bookings_regency_idx\` ON \`bookings\` (\`regency_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_agency_idx\` ON \`bookings\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`bookings_service_idx\` ON \`bookings\` (\`service_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bookings_seat_key_idx\` ON \`bookings\` (\`seat_key\`);`)
  await db.run(sql`CREATE INDEX \`bookings_updated_at_idx\` ON \`bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bookings_created_at_idx\` ON \`bookings\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`queue_capacity\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`queue_days_ahead\` numeric DEFAULT 14;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_queue_capacity\` numeric DEFAULT 10;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_queue_days_ahead\` numeric DEFAULT 14;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bookings_id\` integer REFERENCES bookings(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`bookings_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`services_queue_weekdays\`;`)
  await db.run(sql`DROP TABLE \`services_queue_times\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_queue_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_queue_times\`;`)
  await db.run(sql`DROP TABLE \`bookings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regencies_id\` integer,
  	\`agencies_id\` integer,
  	\`services_id\` integer,
  	\`service_templates_id\` integer,
  	\`media_id\` integer,
  	\`survey_responses_id\` integer,
  	\`idempotency_records_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regencies_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_templates_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`survey_responses_id\`) REFERENCES \`survey_responses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`idempotency_records_id\`) REFERENCES \`idempotency_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "regencies_id", "agencies_id", "services_id", "service_templates_id", "media_id", "survey_responses_id", "idempotency_records_id", "users_id") SELECT "id", "order", "parent_id", "path", "regencies_id", "agencies_id", "services_id", "service_templates_id", "media_id", "survey_responses_id", "idempotency_records_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regencies_id_idx\` ON \`payload_locked_documents_rels\` (\`regencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`service_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_survey_responses_id_idx\` ON \`payload_locked_documents_rels\` (\`survey_responses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_idempotency_records_id_idx\` ON \`payload_locked_documents_rels\` (\`idempotency_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`queue_capacity\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`queue_days_ahead\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_queue_capacity\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_queue_days_ahead\`;`)
}
