import type { Endpoint } from 'payload'

import { normaliseTrackingCode } from '../../../domain/trackingCode'
import { escapeHtml, page, siteURL } from '../http/htmlAnswer'

const nextSteps: Record<string, { title: string; steps: string[] }> = {
  PMH: {
    title: 'Permohonan Anda sudah terkirim',
    steps: [
      'Petugas memeriksa berkas Anda; statusnya dapat dilihat di halaman lacak.',
      'Bila ada yang perlu diperbaiki, catatan petugas tampil di halaman lacak (dan dikirim ke e-mail Anda bila diisi).',
      'Setelah selesai, ambil hasilnya di loket MPP dengan membawa KTP asli dan kode ini.',
    ],
  },
  ANT: {
    title: 'Antrean Anda sudah terpesan',
    steps: [
      'Datang ke MPP paling lambat 15 menit sebelum jam antrean, membawa KTP dan dokumen persyaratan.',
      'Tunjukkan kode ini di loket informasi; petugas memanggil nomor antrean Anda.',
      'Berhalangan? Batalkan antrean dari halaman lacak agar slotnya dapat dipakai warga lain.',
    ],
  },
  ADU: {
    title: 'Pengaduan Anda sudah diterima',
    steps: [
      'Petugas memberi tanggapan pertama paling lambat 3 hari, lalu menindaklanjuti sesuai jenis pengaduan.',
      'Bila pengaduan salah alamat, petugas meneruskannya ke instansi yang berwenang; Anda tidak perlu mengirim ulang.',
      'Lacak status dan baca tanggapan dengan kode ini.',
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
    // An anonymous complainant's PIN is only echoed from the redirect, never looked up.
    const pin = new URL(req.url ?? 'http://localhost/').searchParams.get('pin')
    const pinPanel = pin && /^\d{4}$/.test(pin) ? `<p>PIN pelacakan</p><p><code>${pin}</code></p>` : ''
    if (!code || !kind) return page('Kode tidak dikenal', `<h1>Kode tidak dikenal</h1><p><a href="${siteURL()}/">Kembali ke MPP Digital Jawa Barat</a></p>`, 404)
    return page(
      kind.title,
      `<div class="panel ok"><h1>${kind.title}</h1><p>Kode Anda</p><p><code>${escapeHtml(code)}</code></p>${pinPanel}</div>
<p>Simpan kode ini (foto layar atau catat). Anda memerlukannya, bersama 4 angka terakhir NIK atau nomor telepon Anda (atau PIN pengaduan anonim), untuk melacak atau membatalkan.</p>
<h2>Langkah berikutnya</h2><ol>${kind.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>
<p><a href="${siteURL()}/lacak/?kode=${encodeURIComponent(code)}">Lacak status</a> · <a href="${siteURL()}/">Kembali ke MPP Digital Jawa Barat</a></p>`,
      200,
    )
  },
}
