import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, sameId } from '../access/roles'

/**
 * Every change an officer makes to a case's status or agency becomes a step in its history:
 * the note the citizen reads on the tracking page, and an internal note only staff see. The two
 * note fields are inputs for the next step, emptied once recorded. Used by applications and
 * complaints.
 */
export const recordCaseStep =
  ({ receivedNote, routedNote, isClosed }: { receivedNote: string; routedNote: string; isClosed: (status: string) => boolean }): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req }) => {
    const now = new Date().toISOString()
    if (operation === 'create') {
      data.history = [{ status: data.status ?? 'received', note: receivedNote, at: now, agency: data.agency }]
      return data
    }
    const statusChanged = data.status !== undefined && data.status !== originalDoc?.status
    const routed = data.agency !== undefined && !sameId(data.agency, originalDoc?.agency)
    const note = typeof data.replyNote === 'string' ? data.replyNote.trim() : ''
    const internalNote = typeof data.internalNote === 'string' ? data.internalNote.trim() : ''
    if (!statusChanged && !routed && !note && !internalNote) return data

    const step = {
      status: data.status ?? originalDoc?.status,
      note: note || (routed ? routedNote : ''),
      internalNote,
      agency: idOf(data.agency ?? originalDoc?.agency),
      by: req.user?.id,
      at: now,
    }
    data.history = [...(originalDoc?.history ?? []).map((entry: Record<string, unknown>) => ({ ...entry, agency: idOf(entry.agency), by: idOf(entry.by) })), step]
    if (isClosed(step.status) && !originalDoc?.closedAt) data.closedAt ??= now
    data.replyNote = null
    data.internalNote = null
    return data
  }
