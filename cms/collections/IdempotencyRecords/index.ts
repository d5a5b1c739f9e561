import type { CollectionConfig } from 'payload'

/**
 * The first answer to each `Idempotency-Key`, so a citizen whose connection dropped can send
 * the same submission again and get the same tracking code instead of a second case. The
 * unique key is claimed before the submission is processed, which also settles two copies
 * arriving at once. Internal: no one reads or edits these through the API or the admin.
 */
export const IdempotencyRecords: CollectionConfig = {
  slug: 'idempotency-records',
  admin: { hidden: true },
  access: {
    create: () => false,
    read: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'state', type: 'select', required: true, options: ['pending', 'done'], defaultValue: 'pending' },
    { name: 'status', type: 'number' },
    { name: 'body', type: 'json' },
  ],
}
