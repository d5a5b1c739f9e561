import type { Endpoint } from 'payload'

import { normaliseTrackingCode } from '../../../domain/trackingCode'
import { escapeHtml, page, siteURL } from '../http/htmlAnswer'

const nextSteps: Record<string, { title: string; steps: string[] }> = {
  ANT: {
    title: 'Antrean Anda sudah terpesan',
    steps: [
      'Datang ke MPP paling lambat 15 menit sebelum jam antrean, membawa KTP dan dokumen persyaratan.',
      'Tunjukkan kode ini di loket informasi; petugas memanggil nomor antrean Anda.',
      'Berhalangan? Batalkan antrean dari halaman lacak agar slotnya dapat dipakai warga lain.',
    ],
  },
}

/**
 * GET /api/public/terkirim/{code}: where a plain form post (JavaScript off) lands after its
 * 303. A static site cannot print a code it has never seen, so this page shows it. It holds
 * only the code and the next steps: nothing personal, nothing a stranger could use.
 */
export const confirmationPage: Endpoint = {
  path: '/public/terkirim/:code',
  method: 'get',
  handler: async (req) => {
    const code = normaliseTrackingCode(req.routeParams?.code)
    const kind = code ? nextSteps[code.slice(0, 3)] : undefined
    if (!code || !kind) return page('Kode tidak dikenal', `<h1>Kode tidak dikenal</h1><p><a href="${siteURL()}/">Kembali ke MPP Digital Jawa Barat</a></p>`, 404)
    return page(
      kind.title,
      `<div class="panel ok"><h1>${kind.title}</h1><p>Kode Anda</p><p><code>${escapeHtml(code)}</code></p></div>
<p>Simpan kode ini (foto layar atau catat). Anda memerlukannya, bersama 4 angka terakhir NIK atau nomor telepon Anda, untuk melacak atau membatalkan.</p>
<h2>Langkah berikutnya</h2><ol>${kind.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>
<p><a href="${siteURL()}/lacak/?kode=${encodeURIComponent(code)}">Lacak status</a> · <a href="${siteURL()}/">Kembali ke MPP Digital Jawa Barat</a></p>`,
      200,
    )
  },
}
