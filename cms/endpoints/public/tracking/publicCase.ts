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
