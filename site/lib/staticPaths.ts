import { eachLocale } from '../i18n/locales'
import type { SnapshotRegency, SnapshotService } from '../../cms/snapshot/schema'

/** getStaticPaths entries of a page per regency, in every language. */
export const regencyPages = (regencies: SnapshotRegency[]) =>
  regencies.flatMap((regency) => eachLocale().map(({ lang, locale }) => ({ params: { lang, regency: regency.id }, props: { locale, regency } })))

/** getStaticPaths entries of a page per service (its page, its forms), in every language. */
export const servicePages = (services: SnapshotService[]) =>
  services.flatMap((service) => eachLocale().map(({ lang, locale }) => ({ params: { lang, regency: service.regency, service: service.slug }, props: { locale, service } })))
