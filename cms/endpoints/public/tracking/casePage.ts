import { escapeHtml, page } from '../http/htmlAnswer'
import type { PublicCase } from './publicCase'

const when = (iso: string) => new Date(iso).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' })

const detailLabels: Record<string, string> = { date: 'Tanggal', time: 'Jam', queueNumber: 'Nomor antrean', firstReplyDue: 'Tanggapan pertama paling lambat', dueDate: 'Selesai paling lambat' }

/** The tracking answer as a page, for the site's tracking form when JavaScript is off. */
export function casePage(found: PublicCase, siteHome: string, cancel?: { action: string; verify: string }) {
  const details = Object.entries(found.details)
    .map(([key, value]) => `<dt>${escapeHtml(detailLabels[key] ?? key)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('')
  const history = found.history
    .map((entry) => `<li><strong>${escapeHtml(entry.label)}</strong> — ${escapeHtml(when(entry.at))}${entry.note ? `<br>${escapeHtml(entry.note)}` : ''}</li>`)
    .join('')
  return page(
    `Status ${found.code}`,
    `<h1>Status ${escapeHtml(found.code)}</h1>
<div class="panel ok"><p>Status saat ini: <strong>${escapeHtml(found.statusLabel)}</strong></p><p>${escapeHtml(found.service)}${found.agency ? ` · ${escapeHtml(found.agency)}` : ''}</p></div>
<dl>${details}</dl><h2>Riwayat</h2><ol>${history}</ol>
${cancel ? `<form method="post" action="${escapeHtml(cancel.action)}"><input type="hidden" name="verify" value="${escapeHtml(cancel.verify)}"><button type="submit">Batalkan antrean</button></form>` : ''}
<p><a href="${escapeHtml(siteHome)}">Kembali ke MPP Digital Jawa Barat</a></p>`,
    200,
  )
}
