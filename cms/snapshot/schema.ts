import { z } from 'zod'

/**
 * The catalog snapshot: the only thing the public site (and open data) ever sees. One schema
 * serves three readers: the exporter validates what it writes, Astro's content collections
 * validate what they load, and both get their TypeScript types from here.
 *
 * Texts keep both languages as entered (`en` absent when untranslated) so that the site can
 * fall back to Indonesian and still mark the fallback with `lang="id"`.
 */
export const textSchema = z.object({ id: z.string(), en: z.string().optional() })
export type Text = z.infer<typeof textSchema>

const optionalText = textSchema.optional()

export const contactsSchema = z.object({
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  whatsapp: z.string().optional(),
})

/** The published satisfaction index of the last 12 months (PermenPAN-RB 14/2017), when anyone answered. */
export const ikmSchema = z.object({ score: z.number(), grade: z.enum(['A', 'B', 'C', 'D']), respondents: z.number().int(), from: z.string(), to: z.string() })
export type SnapshotIkm = z.infer<typeof ikmSchema>

export const regencySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(['kabupaten', 'kota']),
  hasPhysicalMpp: z.boolean(),
  mppName: optionalText,
  address: z.string().optional(),
  /** [longitude, latitude], as Payload's point field stores it. */
  location: z.tuple([z.number(), z.number()]).optional(),
  openingHours: z.array(z.object({ days: textSchema, opens: z.string(), closes: z.string() })),
  contacts: contactsSchema,
  ikm: ikmSchema.optional(),
})
export type SnapshotRegency = z.infer<typeof regencySchema>

export const boothSchema = z.object({ column: z.number().int().positive(), row: z.number().int().positive() })

export const agencySchema = z.object({
  /** `<regency>/<agency>`: unique across the province. */
  id: z.string(),
  regency: z.string(),
  slug: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  kind: z.string(),
  description: optionalText,
  counters: z.array(z.object({ number: z.string(), label: optionalText })),
  floor: z.string().optional(),
  hours: optionalText,
  contacts: contactsSchema,
  booth: boothSchema.optional(),
  ikm: ikmSchema.optional(),
})
export type SnapshotAgency = z.infer<typeof agencySchema>

export const serviceSchema = z.object({
  /** `<regency>/<service>`: unique across the province. */
  id: z.string(),
  regency: z.string(),
  agency: z.string(),
  slug: z.string(),
  /** The province template it was made from: groups the same service across regencies. */
  template: z.string().optional(),
  title: textSchema,
  summary: optionalText,
  /** Rich text already converted to sanitised HTML. */
  descriptionHtml: optionalText,
  category: z.string(),
  lifeEvents: z.array(z.string()),
  featured: z.boolean(),
  channels: z.object({
    counter: z.boolean(),
    online: z.boolean(),
    externalUrl: z.string().optional(),
    externalLabel: optionalText,
  }),
  requirements: z.array(
    z.object({ document: textSchema, form: z.string(), count: z.number(), mandatory: z.boolean(), note: optionalText }),
  ),
  /** The online application's own questions (the identity and documents are always asked). */
  onlineForm: z.array(
    z.object({ name: z.string(), label: textSchema, type: z.enum(['text', 'textarea', 'date', 'number', 'select']), required: z.boolean(), choices: z.array(z.string()) }),
  ),
  /** Online queue booking, when the service takes it. */
  queue: z.object({ weekdays: z.array(z.number()), times: z.array(z.string()), capacity: z.number(), daysAhead: z.number() }).optional(),
  procedure: z.array(z.object({ title: textSchema, actor: z.string().optional() })),
  duration: z.object({ value: z.number().optional(), unit: z.string().optional(), note: optionalText }),
  fee: z.object({
    kind: z.enum(['free', 'fixed', 'variable']).optional(),
    amount: z.number().optional(),
    basis: z.string().optional(),
    note: optionalText,
  }),
  product: optionalText,
  complaintChannels: z.array(z.object({ kind: z.string(), contact: z.string() })),
  legalBasis: z.array(z.object({ title: z.string(), url: z.string().optional() })),
  internal: z.object({
    facilities: optionalText,
    competence: optionalText,
    internalSupervision: optionalText,
    staffCount: z.number().optional(),
    serviceGuarantee: optionalText,
    securityGuarantee: optionalText,
    performanceEvaluation: optionalText,
  }),
  updatedAt: z.string(),
})
export type SnapshotService = z.infer<typeof serviceSchema>

export const templateSchema = z.object({
  id: z.string(),
  title: textSchema,
  summary: optionalText,
  category: z.string(),
})
export type SnapshotTemplate = z.infer<typeof templateSchema>

export interface CatalogSnapshot {
  regencies: SnapshotRegency[]
  agencies: SnapshotAgency[]
  services: SnapshotService[]
  templates: SnapshotTemplate[]
}

/** File names inside a snapshot folder; the site's content collections read the same names. */
export const snapshotFiles = {
  regencies: 'regencies.json',
  agencies: 'agencies.json',
  services: 'services.json',
  templates: 'templates.json',
  meta: 'meta.json',
} as const
