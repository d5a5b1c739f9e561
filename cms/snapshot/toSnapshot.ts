import { queueSettingsOf } from '../domain/slots'
import { richTextToHtml, type InternalHref } from './richText'
import type { SnapshotAgency, SnapshotRegency, SnapshotService, SnapshotTemplate, Text } from './schema'

/**
 * Payload documents read with `locale: 'all'` (every localized field is `{ id, en }`) mapped
 * to the snapshot. Only fields meant for citizens are copied: nothing here can carry a draft,
 * an account or personal data, because nothing else is read.
 */
type Doc = Record<string, any>

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** A localized value; `undefined` when there is no Indonesian text to fall back on. */
export function text(value: unknown): Text | undefined {
  if (present(value)) return { id: value }
  if (!value || typeof value !== 'object') return undefined
  const { id, en } = value as { id?: unknown; en?: unknown }
  if (!present(id)) return present(en) ? { id: en, en } : undefined
  return present(en) ? { id, en } : { id }
}

const requiredText = (value: unknown): Text => text(value) ?? { id: '' }

const optionalString = (value: unknown) => (present(value) ? value : undefined)
const optionalNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)

const contacts = (value: Doc | undefined) => ({
  phone: optionalString(value?.phone),
  email: optionalString(value?.email),
  website: optionalString(value?.website),
  whatsapp: optionalString(value?.whatsapp),
})

const localizedHtml = (value: unknown, internalHref: InternalHref): Text | undefined => {
  const byLocale = (value ?? {}) as { id?: unknown; en?: unknown }
  const id = richTextToHtml(byLocale.id, internalHref)
  const en = richTextToHtml(byLocale.en, internalHref)
  if (!id) return en ? { id: en, en } : undefined
  return en ? { id, en } : { id }
}

export function toRegency(doc: Doc): SnapshotRegency {
  return {
    id: doc.slug,
    code: doc.code,
    name: doc.name,
    type: doc.type,
    hasPhysicalMpp: Boolean(doc.hasPhysicalMpp),
    mppName: text(doc.mppName),
    address: optionalString(doc.address),
    location: Array.isArray(doc.location) && doc.location.length === 2 ? [doc.location[0], doc.location[1]] : undefined,
    openingHours: (doc.openingHours ?? []).map((row: Doc) => ({ days: requiredText(row.days), opens: row.opens, closes: row.closes })),
    contacts: contacts(doc.contacts),
  }
}

export function toAgency(doc: Doc, regencySlug: string): SnapshotAgency {
  const column = optionalNumber(doc.booth?.column)
  const row = optionalNumber(doc.booth?.row)
  return {
    id: `${regencySlug}/${doc.slug}`,
    regency: regencySlug,
    slug: doc.slug,
    name: doc.name,
    shortName: optionalString(doc.shortName),
    kind: doc.kind,
    description: text(doc.description),
    counters: (doc.counters ?? []).map((counter: Doc) => ({ number: String(counter.number), label: text(counter.label) })),
    floor: optionalString(doc.floor),
    hours: text(doc.hours),
    contacts: contacts(doc.contacts),
    booth: column && row ? { column, row } : undefined,
  }
}

export function toService(
  doc: Doc,
  refs: { regency: string; agency: string; template?: string; internalHref: InternalHref },
): SnapshotService {
  return {
    id: `${refs.regency}/${doc.slug}`,
    regency: refs.regency,
    agency: refs.agency,
    slug: doc.slug,
    template: refs.template,
    title: requiredText(doc.title),
    summary: text(doc.summary),
    descriptionHtml: localizedHtml(doc.description, refs.internalHref),
    category: doc.category,
    lifeEvents: doc.lifeEvents ?? [],
    featured: Boolean(doc.featured),
    channels: {
      counter: doc.channels?.counter !== false,
      online: Boolean(doc.channels?.online),
      externalUrl: optionalString(doc.channels?.externalUrl),
      externalLabel: text(doc.channels?.externalLabel),
    },
    requirements: (doc.requirements ?? []).map((row: Doc) => ({
      document: requiredText(row.document),
      form: row.form ?? 'original',
      count: optionalNumber(row.count) ?? 1,
      mandatory: row.mandatory !== false,
      note: text(row.note),
    })),
    onlineForm: (doc.onlineForm ?? []).map((row: Doc) => ({
      name: row.name,
      label: requiredText(row.label),
      type: row.type ?? 'text',
      required: row.required !== false,
      choices: row.choices ?? [],
    })),
    queue: queueSettingsOf(doc) ?? undefined,
    procedure: (doc.procedure ?? []).map((row: Doc) => ({ title: requiredText(row.title), actor: optionalString(row.actor) })),
    duration: { value: optionalNumber(doc.duration?.value), unit: optionalString(doc.duration?.unit), note: text(doc.duration?.note) },
    fee: {
      kind: doc.fee?.kind ?? undefined,
      amount: optionalNumber(doc.fee?.amount),
      basis: optionalString(doc.fee?.basis),
      note: text(doc.fee?.note),
    },
    product: text(doc.product),
    complaintChannels: (doc.complaintChannels ?? []).map((row: Doc) => ({ kind: row.kind, contact: row.contact })),
    legalBasis: (doc.legalBasis ?? []).map((row: Doc) => ({ title: row.title, url: optionalString(row.url) })),
    internal: {
      facilities: text(doc.facilities),
      competence: text(doc.competence),
      internalSupervision: text(doc.internalSupervision),
      staffCount: optionalNumber(doc.staffCount),
      serviceGuarantee: text(doc.serviceGuarantee),
      securityGuarantee: text(doc.securityGuarantee),
      performanceEvaluation: text(doc.performanceEvaluation),
    },
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}

export function toTemplate(doc: Doc): SnapshotTemplate {
  return { id: doc.slug, title: requiredText(doc.title), summary: text(doc.summary), category: doc.category }
}
