import type { CollectionAfterChangeHook } from 'payload'

import { receivedMail, statusMail, type CaseKind } from '../notifications/messages'
import { sendCaseMail } from '../notifications/sendCaseMail'

/**
 * E-mails the citizen (when they gave an address) on submission and on every new step of the
 * case's history. Bookings have no history: their status change (cancelled) is the step.
 */
export const notifyCitizen =
  (kind: CaseKind, label: (status: string) => string, receivedLines: (doc: Record<string, any>) => string[] = () => []): CollectionAfterChangeHook =>
  ({ doc, previousDoc, operation, req }) => {
    if (!doc.email) return doc
    if (operation === 'create') {
      sendCaseMail(req.payload, doc.email, receivedMail(kind, doc.code, receivedLines(doc)))
      return doc
    }
    const steps = doc.history?.length ?? 0
    const newStep = steps > (previousDoc?.history?.length ?? 0) ? doc.history[steps - 1] : undefined
    if (newStep) sendCaseMail(req.payload, doc.email, statusMail(kind, doc.code, label(newStep.status), newStep.note ?? ''))
    else if (!doc.history && doc.status !== previousDoc?.status) sendCaseMail(req.payload, doc.email, statusMail(kind, doc.code, label(doc.status), ''))
    return doc
  }
