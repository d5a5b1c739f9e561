import type { Confirmation } from './FormFlow'

export interface CaseConfirmationWords {
  title: string
  codeLabel: string
  nextTitle: string
  trackLabel: string
}

/**
 * The confirmation of a case that has a tracking code (application, booking, complaint): its
 * code, what happens next, and a link to track it; `more` adds what one kind shows besides.
 */
export function caseConfirmation(answer: Record<string, unknown>, words: CaseConfirmationWords, trackPath: string, more: Partial<Confirmation> = {}): Confirmation {
  const code = String(answer.code)
  return {
    title: words.title,
    code,
    codeLabel: words.codeLabel,
    lines: [],
    next: String(answer.next ?? ''),
    nextTitle: words.nextTitle,
    trackHref: `${trackPath}?kode=${encodeURIComponent(code)}`,
    trackLabel: words.trackLabel,
    ...more,
  }
}
