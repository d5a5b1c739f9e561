import type { PayloadRequest } from 'payload'

import { loadTemplate, type TemplateCopy } from '../collections/Services/operations/createFromTemplate'
import type { FeeKind } from '../domain/completeness'
import { serviceTemplates } from './data/serviceTemplates'
import type { ServiceTemplateSeed } from './data/types'
import { createLocalized } from './writeLocalized'

/** Every service is reachable through SP4N-LAPOR!, the national complaints channel. */
const nationalComplaintChannel = { kind: 'lapor', contact: 'https://www.lapor.go.id' } as const

const feeKind = (fee: ServiceTemplateSeed['fee']): FeeKind => (fee.amount > 0 ? 'fixed' : fee.variable ? 'variable' : 'free')

/** Seed data (plain facts) as the fields of a service template. */
export const templateData = (template: ServiceTemplateSeed) => ({
  title: template.title,
  slug: template.slug,
  summary: template.summary,
  agencyKey: template.agency,
  popular: template.popular ?? false,
  category: template.category,
  lifeEvents: template.lifeEvents,
  channels: template.channels,
  requirements: template.requirements,
  procedure: template.procedure,
  duration: template.duration,
  fee: { kind: feeKind(template.fee), amount: template.fee.amount || undefined, basis: template.fee.basis, note: template.fee.note },
  product: template.product,
  complaintChannels: [
    nationalComplaintChannel,
    ...(template.complaintChannels ?? []).filter((channel) => channel.kind !== nationalComplaintChannel.kind),
  ],
  legalBasis: template.legalBasis,
  facilities: {
    id: 'Ruang tunggu ber-AC, nomor antrean, loket prioritas bagi penyandang disabilitas, lansia, dan ibu hamil, toilet, musala, serta akses kursi roda.',
    en: 'Air-conditioned waiting room, queue numbers, priority counter for people with disabilities, the elderly and pregnant women, toilets, prayer room and wheelchair access.',
  },
  competence: {
    id: 'Petugas memahami peraturan layanan ini, mampu mengoperasikan aplikasi layanan, dan berkomunikasi dengan ramah.',
    en: 'Staff know the rules of this service, can operate its application system, and communicate courteously.',
  },
  internalSupervision: {
    id: 'Pengawasan oleh atasan langsung dan pengelola MPP; pemeriksaan oleh aparat pengawas internal pemerintah.',
    en: 'Supervision by line managers and the MPP management; audits by the government internal auditor.',
  },
  staffCount: 2,
  serviceGuarantee: {
    id: 'Pelayanan diberikan sesuai standar pelayanan ini; bila tidak, warga dapat mengadu melalui saluran pengaduan.',
    en: 'The service is delivered as this standard says; if not, citizens may complain through the complaint channels.',
  },
  securityGuarantee: {
    id: 'Dokumen dan data pribadi pemohon dijaga kerahasiaannya sesuai UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
    en: 'Applicants’ documents and personal data are kept confidential under Law 27/2022 on Personal Data Protection.',
  },
  performanceEvaluation: {
    id: 'Evaluasi kinerja pelaksana setiap tiga bulan, termasuk hasil Survei Kepuasan Masyarakat.',
    en: 'Staff performance is evaluated every three months, including the results of the public satisfaction survey.',
  },
})

/** The province's master catalog, in Indonesian and English, read back ready for copying. */
export async function seedCatalog(req: PayloadRequest): Promise<TemplateCopy[]> {
  const seeded: TemplateCopy[] = []
  for (const template of serviceTemplates) {
    const doc = await createLocalized<{ id: number | string }>(req, 'service-templates', templateData(template))
    seeded.push((await loadTemplate(req, doc.id, true))!)
  }
  return seeded
}
