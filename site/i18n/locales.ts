/** The site's languages: Bahasa Indonesia at `/`, English under `/en/`. */
export const locales = ['id', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'id'

/** `getStaticPaths` value of the optional `[...lang]` segment. */
export const langParam = (locale: Locale) => (locale === defaultLocale ? undefined : locale)
export const localeOf = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'id')
export const otherLocale = (locale: Locale): Locale => (locale === 'id' ? 'en' : 'id')

/** A site path (always starting and ending with `/`) in the given language. */
export const localePath = (locale: Locale, path: string) => (locale === defaultLocale ? path : `/${locale}${path}`)

/** Each language with its `[...lang]` param, for a page's getStaticPaths. */
export const eachLocale = () => locales.map((locale) => ({ locale, lang: langParam(locale) }))
