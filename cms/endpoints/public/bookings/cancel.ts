import type { Endpoint } from 'payload'

import { verifies } from '../../../domain/forms/verify'
import { normaliseTrackingCode } from '../../../domain/trackingCode'
import { wibDate } from '../../../domain/workingDays'
import { problem, unprocessable } from '../http/problems'
import { localisedSitePath, submissionHandler } from '../http/submission'

/**
 * POST /api/public/bookings/{code}/cancel with `verify` (last four digits of the NIK or the
 * phone number): cancels a booking that has not yet taken place and frees its seat. A wrong
 * code and a wrong `verify` get the same 404, so the endpoint tells no one which codes exist.
 */
export const cancelBooking: Endpoint = {
  path: '/public/bookings/:code/cancel',
  method: 'post',
  handler: submissionHandler({
    scope: 'booking-cancel',
    confirmation: (answer, form) => localisedSitePath(form, `/lacak/?kode=${encodeURIComponent(String(answer.code))}`),
    handle: async (req, form) => {
      const verify = typeof form.verify === 'string' || typeof form.verify === 'number' ? String(form.verify).trim() : ''
      if (!/^\d{4}$/.test(verify)) return unprocessable([{ field: 'verify', message: 'Isi 4 angka terakhir NIK atau nomor telepon yang dipakai saat memesan.' }])
      const code = normaliseTrackingCode(req.routeParams?.code)
      const notFound = () => problem(404, 'Kode antrean atau 4 angka verifikasi tidak cocok.')
      if (!code || !code.startsWith('ANT-')) return notFound()
      const { docs } = await req.payload.find({ collection: 'bookings', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
      const booking = docs[0]
      if (!booking || !verifies(verify, [booking.nik, booking.phone])) return notFound()
      if (booking.status === 'cancelled') return problem(409, 'Antrean ini sudah dibatalkan.')
      if (booking.status !== 'booked' || booking.date < wibDate(new Date())) return problem(409, 'Antrean yang sudah lewat tidak dapat dibatalkan.')
      await req.payload.update({
        collection: 'bookings',
        id: booking.id,
        overrideAccess: true,
        depth: 0,
        req,
        data: { status: 'cancelled', cancelledAt: new Date().toISOString(), seatKey: `cancelled|${code}` },
      })
      return Response.json({ code, status: 'cancelled', message: 'Antrean dibatalkan; slotnya kini dapat dipesan warga lain.' }, { status: 200 })
    },
  }),
}
