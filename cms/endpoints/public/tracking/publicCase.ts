/** What the tracking endpoint shows of any case: its status and history, never personal data. */
export interface PublicCase {
  code: string
  kind: 'application' | 'booking' | 'complaint'
  status: string
  statusLabel: string
  service: string
  agency: string
  details: Record<string, string>
  history: { status: string; label: string; at: string; note: string }[]
}

/** A case with what proves its citizen (NIK, phone, PIN), which never leaves the server. */
export type TrackedCase = PublicCase & { secrets: (string | null | undefined)[] }

/**
 * What a tracked case reads of its related documents: only the service's title and the
 * agency's name, not the whole service with its localized standard (twice as slow).
 */
export const trackedCaseReads = {
  depth: 1,
  limit: 1,
  pagination: false,
  overrideAccess: true,
  populate: { services: { title: true }, agencies: { name: true }, 'application-documents': { requirement: true } },
} as const

/** The title or name of a related document read with depth 1 (a service, an agency), or ''. */
export const titleOf = (value: unknown) => (value && typeof value === 'object' ? String((value as { title?: string; name?: string }).title ?? (value as { name?: string }).name ?? '') : '')
