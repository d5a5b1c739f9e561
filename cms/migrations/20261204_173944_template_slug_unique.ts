import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`slug_idx\`;`)
  await db.run(sql`DROP INDEX \`service_templates_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`service_templates_slug_idx\` ON \`service_templates\` (\`slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`service_templates_slug_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_idx\` ON \`service_templates\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`service_templates_slug_idx\` ON \`service_templates\` (\`slug\`);`)
}
