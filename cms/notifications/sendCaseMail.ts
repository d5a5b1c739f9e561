import type { Payload } from 'payload'

import { mailConfigured } from './mailAdapter'
import type { CaseMail } from './messages'

/**
 * Sends one notification without holding up or failing the citizen's request: a mail server
 * that is slow or down costs the message, never the submission. The log names the case code,
 * never the address.
 */
export function sendCaseMail(payload: Payload, to: string | null | undefined, mail: CaseMail) {
  if (!to || !mailConfigured()) return
  void payload
    .sendEmail({ to, subject: mail.subject, text: mail.text })
    .catch((error: unknown) => payload.logger.warn(`Notification e-mail for ${mail.code} failed: ${error instanceof Error ? error.message : String(error)}`))
}
