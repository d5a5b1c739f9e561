import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`booth_column\` numeric;`)
  await db.run(sql`ALTER TABLE \`agencies\` ADD \`booth_row\` numeric;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_booth_column\` numeric;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` ADD \`version_booth_row\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`booth_column\`;`)
  await db.run(sql`ALTER TABLE \`agencies\` DROP COLUMN \`booth_row\`;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` DROP COLUMN \`version_booth_column\`;`)
  await db.run(sql`ALTER TABLE \`_agencies_v\` DROP COLUMN \`version_booth_row\`;`)
}
