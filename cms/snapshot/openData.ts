import { toCsv } from './csv'
import type { CatalogSnapshot, SnapshotService, Text } from './schema'

/**
 * The open-data edition of the snapshot: every published service of every regency, one
 * record per service, with its regency and agency named so a row stands on its own. The field
 * list is described for readers on the site's open-data page.
 */
export const openDataFiles = { json: 'layanan.json', csv: 'layanan.csv' } as const

const indonesian = (value?: Text) => value?.id ?? ''
const english = (value?: Text) => value?.en ?? ''

export function openDataRecords(snapshot: CatalogSnapshot, siteUrl: string) {
  const regencies = new Map(snapshot.regencies.map((regency) => [regency.id, regency]))
  const agencies = new Map(snapshot.agencies.map((agency) => [agency.id, agency]))
  return snapshot.services.map((service: SnapshotService) => {
    const regency = regencies.get(service.regency)!
    const agency = agencies.get(`${service.regency}/${service.agency}`)!
    return {
      ...service,
      regencyCode: regency.code,
      regencyName: regency.name,
      agencyName: agency.name,
      url: new URL(`/${service.regency}/layanan/${service.slug}/`, siteUrl).href,
    }
  })
}

export const csvHeader = [
  'kode_wilayah', 'kabupaten_kota', 'instansi', 'slug', 'nama_layanan', 'nama_layanan_en', 'kategori',
  'jenis_biaya', 'biaya_rp', 'dasar_hukum_biaya', 'lama', 'satuan_waktu', 'persyaratan', 'produk',
  'dasar_hukum', 'permohonan_daring', 'tautan_eksternal', 'diperbarui', 'url',
]

export function openDataCsv(records: ReturnType<typeof openDataRecords>): string {
  return toCsv(
    csvHeader,
    records.map((record) => [
      record.regencyCode,
      record.regencyName,
      record.agencyName,
      record.slug,
      indonesian(record.title),
      english(record.title),
      record.category,
      record.fee.kind,
      record.fee.amount,
      record.fee.basis,
      record.duration.value,
      record.duration.unit,
      record.requirements.map((row) => indonesian(row.document)).join('; '),
      indonesian(record.product),
      record.legalBasis.map((row) => row.title).join('; '),
      record.channels.online ? 'ya' : 'tidak',
      record.channels.externalUrl,
      record.updatedAt,
      record.url,
    ]),
  )
}
