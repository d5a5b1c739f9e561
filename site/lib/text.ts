import type { Text } from '../../cms/snapshot/schema'
import type { Locale } from '../i18n/locales'

export interface Resolved {
  value: string
  /** Set when the text is shown in another language than the page's (WCAG 3.1.2). */
  lang?: Locale
}

/** A snapshot text in the page's language, falling back to Indonesian. */
export function pick(text: Text | undefined, locale: Locale): Resolved {
  if (!text) return { value: '' }
  if (locale === 'en' && !text.en) return { value: text.id, lang: 'id' }
  return { value: locale === 'en' ? text.en! : text.id }
}

/** The plain string, for attributes and metadata where a language mark cannot go. */
export const plain = (text: Text | undefined, locale: Locale) => pick(text, locale).value
