/**
 * The completeness rule of the service standard (UU 25/2009, PermenPAN-RB 15/2014):
 * a service may be published only when all six citizen-facing components are filled in.
 * Pure so that the CMS hook, the seed check and the public site share one definition.
 */
import type { Localized } from './taxonomy'

export type FeeKind = 'free' | 'fixed' | 'variable'

/** The subset of a service (or template) the rule reads; every part may be missing in a draft. */
export interface ServiceStandardInput {
  requirements?: { document?: string | null }[] | null
  procedure?: { title?: string | null }[] | null
  duration?: { value?: number | null; unit?: string | null } | null
  fee?: { kind?: FeeKind | string | null; amount?: number | null; basis?: string | null } | null
  product?: string | null
  complaintChannels?: { kind?: string | null; contact?: string | null }[] | null
}

export interface MissingComponent {
  /** Number of the component in PermenPAN-RB 15/2014 (1–6 are the citizen-facing ones). */
  component: 1 | 2 | 3 | 4 | 5 | 6
  /** Path of the field in the CMS, for error placement. */
  path: string
  message: Localized
}

const filled = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim().length > 0

export function missingCitizenComponents(service: ServiceStandardInput): MissingComponent[] {
  const missing: MissingComponent[] = []

  if (!service.requirements?.some((row) => filled(row?.document))) {
    missing.push({
      component: 1,
      path: 'requirements',
      message: { id: 'Persyaratan belum diisi: cantumkan setidaknya satu dokumen.', en: 'Requirements are empty: list at least one document.' },
    })
  }
  if (!service.procedure?.some((row) => filled(row?.title))) {
    missing.push({
      component: 2,
      path: 'procedure',
      message: { id: 'Prosedur belum diisi: cantumkan setidaknya satu langkah.', en: 'Procedure is empty: list at least one step.' },
    })
  }
  const duration = service.duration
  if (!duration || typeof duration.value !== 'number' || !(duration.value > 0) || !filled(duration.unit)) {
    missing.push({
      component: 3,
      path: 'duration.value',
      message: { id: 'Jangka waktu pelayanan belum diisi (angka lebih dari 0 dan satuannya).', en: 'Service time is empty (a number above 0 and its unit).' },
    })
  }
  const fee = service.fee
  const feeComplete =
    fee?.kind === 'free' ||
    (fee?.kind === 'fixed' && typeof fee.amount === 'number' && fee.amount > 0 && filled(fee.basis)) ||
    (fee?.kind === 'variable' && filled(fee.basis))
  if (!feeComplete) {
    missing.push({
      component: 4,
      path: fee?.kind === 'fixed' && !(typeof fee.amount === 'number' && fee.amount > 0) ? 'fee.amount' : fee?.kind ? 'fee.basis' : 'fee.kind',
      message: {
        id: 'Biaya/tarif belum lengkap: pilih gratis, atau isi nominal rupiah beserta dasar hukumnya.',
        en: 'Fee is incomplete: choose free, or give the rupiah amount and its legal basis.',
      },
    })
  }
  if (!filled(service.product)) {
    missing.push({
      component: 5,
      path: 'product',
      message: { id: 'Produk pelayanan belum diisi.', en: 'Service product is empty.' },
    })
  }
  if (!service.complaintChannels?.some((row) => filled(row?.kind) && filled(row?.contact))) {
    missing.push({
      component: 6,
      path: 'complaintChannels',
      message: {
        id: 'Penanganan pengaduan belum diisi: cantumkan setidaknya satu saluran pengaduan dan kontaknya.',
        en: 'Complaint handling is empty: list at least one complaint channel with its contact.',
      },
    })
  }
  return missing
}
