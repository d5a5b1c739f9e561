import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * Citizens' notifications go out through the SMTP server named by SMTP_HOST (SMTP_PORT,
 * SMTP_USER, SMTP_PASS, SMTP_SECURE=true for port 465, MAIL_FROM). Without SMTP_HOST there is no
 * adapter and no citizen mail is sent at all (cms/notifications/sendCaseMail): Payload's
 * fallback would print each message, personal data included, to the log.
 */
export const mailConfigured = () => Boolean(process.env.SMTP_HOST)

export function mailAdapter() {
  if (!mailConfigured()) return undefined
  const from = /^(.*)<(.+)>$/.exec(process.env.MAIL_FROM ?? '')
  return nodemailerAdapter({
    defaultFromName: from?.[1].trim() || 'MPP Digital Jawa Barat',
    defaultFromAddress: from?.[2].trim() || process.env.MAIL_FROM || 'noreply@mpp.jabarprov.go.id',
    // The CMS must start while the mail server is down; failed sends are logged per message.
    skipVerify: true,
    // nodemailer's SMTP options (its bundled types leave out `auth`, which it accepts).
    transportOptions: {
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      ...(process.env.SMTP_USER ? { auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } } : {}),
    } as NonNullable<Parameters<typeof nodemailerAdapter>[0]>['transportOptions'],
  })
}
