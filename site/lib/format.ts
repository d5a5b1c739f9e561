import { durationUnits, serviceCategories, lifeEvents, documentForms, stepActors, complaintChannelKinds, agencyKinds } from '../../cms/domain/taxonomy'
import type { SnapshotService } from '../../cms/snapshot/schema'
import type { Locale } from '../i18n/locales'
import { ui } from '../i18n/ui'

type Vocabulary = Record<string, { id: string; en: string }>
const label = (vocabulary: Vocabulary, key: string | undefined, locale: Locale) => (key && vocabulary[key]?.[locale]) || key || ''

export const categoryLabel = (key: string, locale: Locale) => label(serviceCategories, key, locale)
export const lifeEventLabel = (key: string, locale: Locale) => label(lifeEvents, key, locale)
export const documentFormLabel = (key: string, locale: Locale) => label(documentForms, key, locale)
export const actorLabel = (key: string | undefined, locale: Locale) => label(stepActors, key, locale)
export const channelLabel = (key: string, locale: Locale) => label(complaintChannelKinds, key, locale)
export const agencyKindLabel = (key: string, locale: Locale) => label(agencyKinds, key, locale)

export const categoryKeys = Object.keys(serviceCategories)
export const lifeEventKeys = Object.keys(lifeEvents)

const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })

export function feeText(fee: SnapshotService['fee'], locale: Locale) {
  if (fee.kind === 'free') return ui(locale, 'free')
  if (fee.kind === 'fixed' && fee.amount !== undefined) return rupiah.format(fee.amount)
  if (fee.amount !== undefined) return `${ui(locale, 'feeVaries')} (${rupiah.format(fee.amount)})`
  return ui(locale, 'feeVaries')
}

export function durationText(duration: SnapshotService['duration'], locale: Locale) {
  if (duration.value === undefined) return ''
  return `${duration.value} ${label(durationUnits, duration.unit, locale)}`.trim()
}

/** Sortable minutes, to compare service times across MPPs. */
export function durationMinutes(duration: SnapshotService['duration']) {
  const perUnit: Record<string, number> = { minutes: 1, hours: 60, days: 1440, 'working-days': 1440 * 7 / 5 }
  return duration.value === undefined ? Number.POSITIVE_INFINITY : duration.value * (perUnit[duration.unit ?? 'days'] ?? 1440)
}

export function dateText(iso: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(iso))
}

export function countersText(counters: { number: string }[]) {
  if (counters.length === 0) return ''
  if (counters.length === 1) return counters[0].number
  return `${counters[0].number}–${counters.at(-1)!.number}`
}
