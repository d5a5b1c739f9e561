import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`regencies_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`regencies_opening_hours_order_idx\` ON \`regencies_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`regencies_opening_hours_parent_id_idx\` ON \`regencies_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regencies_opening_hours_locales\` (
  	\`days\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regencies_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regencies_opening_hours_locales_locale_parent_id_unique\` ON \`regencies_opening_hours_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regencies_opening_hours_locales_parent_idx\` ON \`regencies_opening_hours_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`has_physical_mpp\` integer DEFAULT false,
  	\`address\` text,
  	\`location\` text,
  	\`contacts_phone\` text,
  	\`contacts_whatsapp\` text,
  	\`contacts_email\` text,
  	\`contacts_website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regencies_code_idx\` ON \`regencies\` (\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regencies_slug_idx\` ON \`regencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regencies_updated_at_idx\` ON \`regencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regencies_created_at_idx\` ON \`regencies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regencies_locales\` (
  	\`mpp_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regencies_locales_locale_parent_id_unique\` ON \`regencies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regencies_locales_parent_idx\` ON \`regencies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_counters_order_idx\` ON \`agencies_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agencies_counters_parent_id_idx\` ON \`agencies_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies_counters_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_counters_locales_locale_parent_id_unique\` ON \`agencies_counters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_counters_locales_parent_idx\` ON \`agencies_counters_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agencies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`regency_id\` integer,
  	\`name\` text,
  	\`short_name\` text,
  	\`slug\` text,
  	\`kind\` text,
  	\`catalog_key\` text,
  	\`floor\` text,
  	\`contacts_phone\` text,
  	\`contacts_email\` text,
  	\`contacts_website\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agencies_regency_idx\` ON \`agencies\` (\`regency_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_slug_idx\` ON \`agencies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agencies_catalog_key_idx\` ON \`agencies\` (\`catalog_key\`);`)
  await db.run(sql`CREATE INDEX \`agencies_logo_idx\` ON \`agencies\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_updated_at_idx\` ON \`agencies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies_created_at_idx\` ON \`agencies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`agencies__status_idx\` ON \`agencies\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regency_slug_idx\` ON \`agencies\` (\`regency_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`agencies_locales\` (
  	\`description\` text,
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`agencies_locales_locale_parent_id_unique\` ON \`agencies_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agencies_locales_parent_idx\` ON \`agencies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v_version_counters\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agencies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_counters_order_idx\` ON \`_agencies_v_version_counters\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_counters_parent_id_idx\` ON \`_agencies_v_version_counters\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v_version_counters_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agencies_v_version_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_agencies_v_version_counters_locales_locale_parent_id_unique\` ON \`_agencies_v_version_counters_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_counters_locales_parent_idx\` ON \`_agencies_v_version_counters_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_regency_id\` integer,
  	\`version_name\` text,
  	\`version_short_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_catalog_key\` text,
  	\`version_floor\` text,
  	\`version_contacts_phone\` text,
  	\`version_contacts_email\` text,
  	\`version_contacts_website\` text,
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_agencies_v_parent_idx\` ON \`_agencies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_regency_idx\` ON \`_agencies_v\` (\`version_regency_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_slug_idx\` ON \`_agencies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_catalog_key_idx\` ON \`_agencies_v\` (\`version_catalog_key\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_logo_idx\` ON \`_agencies_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_updated_at_idx\` ON \`_agencies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version_created_at_idx\` ON \`_agencies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_version_version__status_idx\` ON \`_agencies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_created_at_idx\` ON \`_agencies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_updated_at_idx\` ON \`_agencies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_snapshot_idx\` ON \`_agencies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_published_locale_idx\` ON \`_agencies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_latest_idx\` ON \`_agencies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_regency_version_slug_idx\` ON \`_agencies_v\` (\`version_regency_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`_agencies_v_locales\` (
  	\`version_description\` text,
  	\`version_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_agencies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_agencies_v_locales_locale_parent_id_unique\` ON \`_agencies_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_agencies_v_locales_parent_idx\` ON \`_agencies_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_life_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_life_events_order_idx\` ON \`services_life_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`services_life_events_parent_idx\` ON \`services_life_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`form\` text DEFAULT 'original',
  	\`count\` numeric DEFAULT 1,
  	\`mandatory\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_requirements_order_idx\` ON \`services_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_requirements_parent_id_idx\` ON \`services_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_requirements_locales\` (
  	\`document\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_requirements_locales_locale_parent_id_unique\` ON \`services_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_requirements_locales_parent_idx\` ON \`services_requirements_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_procedure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text DEFAULT 'officer',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_procedure_order_idx\` ON \`services_procedure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_procedure_parent_id_idx\` ON \`services_procedure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_procedure_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services_procedure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_procedure_locales_locale_parent_id_unique\` ON \`services_procedure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_procedure_locales_parent_idx\` ON \`services_procedure_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_complaint_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`contact\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_complaint_channels_order_idx\` ON \`services_complaint_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_complaint_channels_parent_id_idx\` ON \`services_complaint_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_legal_basis_order_idx\` ON \`services_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_legal_basis_parent_id_idx\` ON \`services_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`regency_id\` integer,
  	\`agency_id\` integer,
  	\`template_id\` integer,
  	\`featured\` integer DEFAULT false,
  	\`slug\` text,
  	\`category\` text,
  	\`channels_counter\` integer DEFAULT true,
  	\`channels_online\` integer DEFAULT false,
  	\`channels_external_url\` text,
  	\`duration_value\` numeric,
  	\`duration_unit\` text,
  	\`fee_kind\` text,
  	\`fee_amount\` numeric,
  	\`fee_basis\` text,
  	\`staff_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`services_regency_idx\` ON \`services\` (\`regency_id\`);`)
  await db.run(sql`CREATE INDEX \`services_agency_idx\` ON \`services\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`services_template_idx\` ON \`services\` (\`template_id\`);`)
  await db.run(sql`CREATE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_category_idx\` ON \`services\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regency_slug_1_idx\` ON \`services\` (\`regency_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`services_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`channels_external_label\` text,
  	\`duration_note\` text,
  	\`fee_note\` text,
  	\`product\` text,
  	\`facilities\` text,
  	\`competence\` text,
  	\`internal_supervision\` text,
  	\`service_guarantee\` text,
  	\`security_guarantee\` text,
  	\`performance_evaluation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`services_locales_locale_parent_id_unique\` ON \`services_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`services_locales_parent_idx\` ON \`services_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_life_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_life_events_order_idx\` ON \`_services_v_version_life_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_life_events_parent_idx\` ON \`_services_v_version_life_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form\` text DEFAULT 'original',
  	\`count\` numeric DEFAULT 1,
  	\`mandatory\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_requirements_order_idx\` ON \`_services_v_version_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_requirements_parent_id_idx\` ON \`_services_v_version_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_requirements_locales\` (
  	\`document\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_requirements_locales_locale_parent_id_un\` ON \`_services_v_version_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_requirements_locales_parent_idx\` ON \`_services_v_version_requirements_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_procedure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`actor\` text DEFAULT 'officer',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_procedure_order_idx\` ON \`_services_v_version_procedure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_procedure_parent_id_idx\` ON \`_services_v_version_procedure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_procedure_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v_version_procedure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_version_procedure_locales_locale_parent_id_uniqu\` ON \`_services_v_version_procedure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_procedure_locales_parent_idx\` ON \`_services_v_version_procedure_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_complaint_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`contact\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_complaint_channels_order_idx\` ON \`_services_v_version_complaint_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_complaint_channels_parent_id_idx\` ON \`_services_v_version_complaint_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_legal_basis_order_idx\` ON \`_services_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_legal_basis_parent_id_idx\` ON \`_services_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_regency_id\` integer,
  	\`version_agency_id\` integer,
  	\`version_template_id\` integer,
  	\`version_featured\` integer DEFAULT false,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_channels_counter\` integer DEFAULT true,
  	\`version_channels_online\` integer DEFAULT false,
  	\`version_channels_external_url\` text,
  	\`version_duration_value\` numeric,
  	\`version_duration_unit\` text,
  	\`version_fee_kind\` text,
  	\`version_fee_amount\` numeric,
  	\`version_fee_basis\` text,
  	\`version_staff_count\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_template_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_regency_idx\` ON \`_services_v\` (\`version_regency_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_agency_idx\` ON \`_services_v\` (\`version_agency_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_template_idx\` ON \`_services_v\` (\`version_template_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_category_idx\` ON \`_services_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_regency_version_slug_1_idx\` ON \`_services_v\` (\`version_regency_id\`,\`version_slug\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_channels_external_label\` text,
  	\`version_duration_note\` text,
  	\`version_fee_note\` text,
  	\`version_product\` text,
  	\`version_facilities\` text,
  	\`version_competence\` text,
  	\`version_internal_supervision\` text,
  	\`version_service_guarantee\` text,
  	\`version_security_guarantee\` text,
  	\`version_performance_evaluation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_services_v_locales_locale_parent_id_unique\` ON \`_services_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_locales_parent_idx\` ON \`_services_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_life_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_life_events_order_idx\` ON \`service_templates_life_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_life_events_parent_idx\` ON \`service_templates_life_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_requirements\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`form\` text DEFAULT 'original' NOT NULL,
  	\`count\` numeric DEFAULT 1,
  	\`mandatory\` integer DEFAULT true,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_requirements_order_idx\` ON \`service_templates_requirements\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_requirements_parent_id_idx\` ON \`service_templates_requirements\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_requirements_locales\` (
  	\`document\` text,
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates_requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_templates_requirements_locales_locale_parent_id_uniq\` ON \`service_templates_requirements_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_requirements_locales_parent_idx\` ON \`service_templates_requirements_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_procedure\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`actor\` text DEFAULT 'officer',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_procedure_order_idx\` ON \`service_templates_procedure\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_procedure_parent_id_idx\` ON \`service_templates_procedure\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_procedure_locales\` (
  	\`title\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates_procedure\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_templates_procedure_locales_locale_parent_id_unique\` ON \`service_templates_procedure_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_procedure_locales_parent_idx\` ON \`service_templates_procedure_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_complaint_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`contact\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_complaint_channels_order_idx\` ON \`service_templates_complaint_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_complaint_channels_parent_id_idx\` ON \`service_templates_complaint_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_legal_basis_order_idx\` ON \`service_templates_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_legal_basis_parent_id_idx\` ON \`service_templates_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`service_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`agency_key\` text NOT NULL,
  	\`popular\` integer DEFAULT false,
  	\`slug\` text,
  	\`category\` text NOT NULL,
  	\`channels_counter\` integer DEFAULT true,
  	\`channels_online\` integer DEFAULT false,
  	\`channels_external_url\` text,
  	\`duration_value\` numeric,
  	\`duration_unit\` text,
  	\`fee_kind\` text,
  	\`fee_amount\` numeric,
  	\`fee_basis\` text,
  	\`staff_count\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`service_templates_agency_key_idx\` ON \`service_templates\` (\`agency_key\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_slug_idx\` ON \`service_templates\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_category_idx\` ON \`service_templates\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_updated_at_idx\` ON \`service_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_created_at_idx\` ON \`service_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_idx\` ON \`service_templates\` (\`slug\`);`)
  await db.run(sql`CREATE TABLE \`service_templates_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`description\` text,
  	\`channels_external_label\` text,
  	\`duration_note\` text,
  	\`fee_note\` text,
  	\`product\` text,
  	\`facilities\` text,
  	\`competence\` text,
  	\`internal_supervision\` text,
  	\`service_guarantee\` text,
  	\`security_guarantee\` text,
  	\`performance_evaluation\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`service_templates_locales_locale_parent_id_unique\` ON \`service_templates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_locales_parent_idx\` ON \`service_templates_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`regency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text,
  	FOREIGN KEY (\`regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_regency_idx\` ON \`media\` (\`regency_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_regencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`regency_id\` integer,
  	FOREIGN KEY (\`regency_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_regencies_order_idx\` ON \`users_regencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_regencies_parent_id_idx\` ON \`users_regencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_regencies_regency_idx\` ON \`users_regencies\` (\`regency_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`agency_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_agency_idx\` ON \`users\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regencies_id\` integer,
  	\`agencies_id\` integer,
  	\`services_id\` integer,
  	\`service_templates_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regencies_id\`) REFERENCES \`regencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_templates_id\`) REFERENCES \`service_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regencies_id_idx\` ON \`payload_locked_documents_rels\` (\`regencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`service_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`regencies_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`regencies_opening_hours_locales\`;`)
  await db.run(sql`DROP TABLE \`regencies\`;`)
  await db.run(sql`DROP TABLE \`regencies_locales\`;`)
  await db.run(sql`DROP TABLE \`agencies_counters\`;`)
  await db.run(sql`DROP TABLE \`agencies_counters_locales\`;`)
  await db.run(sql`DROP TABLE \`agencies\`;`)
  await db.run(sql`DROP TABLE \`agencies_locales\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v_version_counters\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v_version_counters_locales\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v\`;`)
  await db.run(sql`DROP TABLE \`_agencies_v_locales\`;`)
  await db.run(sql`DROP TABLE \`services_life_events\`;`)
  await db.run(sql`DROP TABLE \`services_requirements\`;`)
  await db.run(sql`DROP TABLE \`services_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`services_procedure\`;`)
  await db.run(sql`DROP TABLE \`services_procedure_locales\`;`)
  await db.run(sql`DROP TABLE \`services_complaint_channels\`;`)
  await db.run(sql`DROP TABLE \`services_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`DROP TABLE \`services_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_life_events\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_requirements\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_procedure\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_procedure_locales\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_complaint_channels\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v_locales\`;`)
  await db.run(sql`DROP TABLE \`service_templates_life_events\`;`)
  await db.run(sql`DROP TABLE \`service_templates_requirements\`;`)
  await db.run(sql`DROP TABLE \`service_templates_requirements_locales\`;`)
  await db.run(sql`DROP TABLE \`service_templates_procedure\`;`)
  await db.run(sql`DROP TABLE \`service_templates_procedure_locales\`;`)
  await db.run(sql`DROP TABLE \`service_templates_complaint_channels\`;`)
  await db.run(sql`DROP TABLE \`service_templates_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`service_templates\`;`)
  await db.run(sql`DROP TABLE \`service_templates_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_regencies\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
