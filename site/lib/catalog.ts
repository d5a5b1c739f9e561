import { getCollection } from 'astro:content'

import type { SnapshotAgency, SnapshotRegency, SnapshotService, SnapshotTemplate } from '../../cms/snapshot/schema'

/**
 * The snapshot with the indexes the pages need, built once per build: with ten thousand
 * service pages, filtering the whole collection per page would be quadratic.
 */
export interface Catalog {
  regencies: SnapshotRegency[]
  agencies: SnapshotAgency[]
  services: SnapshotService[]
  templates: SnapshotTemplate[]
  regency: Map<string, SnapshotRegency>
  agency: Map<string, SnapshotAgency>
  template: Map<string, SnapshotTemplate>
  agenciesOf: Map<string, SnapshotAgency[]>
  servicesOfRegency: Map<string, SnapshotService[]>
  servicesOfAgency: Map<string, SnapshotService[]>
  servicesOfTemplate: Map<string, SnapshotService[]>
}

const groupBy = <T>(items: T[], key: (item: T) => string | undefined) => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const name = key(item)
    if (name === undefined) continue
    const group = groups.get(name)
    if (group) group.push(item)
    else groups.set(name, [item])
  }
  return groups
}

const byTitle = (a: SnapshotService, b: SnapshotService) => a.title.id.localeCompare(b.title.id, 'id')

let loaded: Promise<Catalog> | undefined

export function loadCatalog(): Promise<Catalog> {
  loaded ??= (async () => {
    const [regencies, agencies, services, templates] = await Promise.all([
      getCollection('regencies'),
      getCollection('agencies'),
      getCollection('services'),
      getCollection('templates'),
    ]).then((collections) => collections.map((entries) => entries.map((entry: { data: unknown }) => entry.data)))
    const typed = {
      regencies: (regencies as SnapshotRegency[]).sort((a, b) => a.code.localeCompare(b.code)),
      agencies: (agencies as SnapshotAgency[]).sort((a, b) => a.name.localeCompare(b.name, 'id')),
      services: (services as SnapshotService[]).sort(byTitle),
      templates: (templates as SnapshotTemplate[]).sort((a, b) => a.title.id.localeCompare(b.title.id, 'id')),
    }
    return {
      ...typed,
      regency: new Map(typed.regencies.map((item) => [item.id, item])),
      agency: new Map(typed.agencies.map((item) => [item.id, item])),
      template: new Map(typed.templates.map((item) => [item.id, item])),
      agenciesOf: groupBy(typed.agencies, (item) => item.regency),
      servicesOfRegency: groupBy(typed.services, (item) => item.regency),
      servicesOfAgency: groupBy(typed.services, (item) => `${item.regency}/${item.agency}`),
      servicesOfTemplate: groupBy(typed.services, (item) => item.template),
    }
  })()
  return loaded
}

/** Site paths (without language prefix) of catalog pages. */
export const paths = {
  home: () => '/',
  regency: (regency: string) => `/${regency}/`,
  agency: (agency: { regency: string; slug: string }) => `/${agency.regency}/instansi/${agency.slug}/`,
  service: (service: { regency: string; slug: string }) => `/${service.regency}/layanan/${service.slug}/`,
  template: (template: string) => `/layanan/${template}/`,
  search: () => '/cari/',
  openData: () => '/data-terbuka/',
  apply: (service: { regency: string; slug: string }) => `/${service.regency}/layanan/${service.slug}/ajukan/`,
  book: (service: { regency: string; slug: string }) => `/${service.regency}/layanan/${service.slug}/antrean/`,
  complain: (regency: string) => `/${regency}/pengaduan/`,
  rate: (regency: string) => `/${regency}/nilai/`,
  track: () => '/lacak/',
}
