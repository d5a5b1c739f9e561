import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { validateBooking } from '../../../domain/forms/booking'
import { checkBookingDate, queueSettingsOf, type QueueSettings } from '../../../domain/slots'
import { newTrackingCode } from '../../../domain/trackingCode'
import { findPublishedService } from '../findPublishedService'
import { cmsURL } from '../http/cmsURL'
import { problem, unprocessable } from '../http/problems'
import { submissionHandler } from '../http/submission'
import { bookedSeats } from './bookedSeats'
import { queueFields } from './queueFields'
import { queueNumberOf, seatKeyOf } from './seats'

/** A refused insert names the unique field it hit; FerretDB names none, so the seat is then looked up. */
const uniqueViolation = (error: unknown) => (error instanceof ValidationError ? error.data.errors.map((entry) => entry.path) : null)

async function seatHeld(req: PayloadRequest, seatKey: string) {
  return (await req.payload.count({ collection: 'bookings', where: { seatKey: { equals: seatKey } }, overrideAccess: true })).totalDocs > 0
}

/**
 * Takes the first free seat of the slot. Each attempt inserts the seat's unique key; when a
 * citizen booking at the same moment got it first, the database refuses and the next seat is
 * tried, so capacity holds without locks on either database.
 */
async function takeSeat(req: PayloadRequest, data: Record<string, unknown>, settings: QueueSettings, serviceId: number | string, date: string, time: string) {
  const taken = new Set((await bookedSeats(req, serviceId, date))[time] ?? [])
  for (let seat = 1; seat <= settings.capacity; seat++) {
    if (taken.has(seat)) continue
    const seatKey = seatKeyOf(serviceId, date, time, seat)
    const queueNumber = queueNumberOf(settings, time, seat)
    for (let attempt = 0; attempt < 3; attempt++) {
      const code = newTrackingCode('booking')
      try {
        await req.payload.create({ collection: 'bookings', overrideAccess: true, depth: 0, data: { ...data, code, queueNumber, seatKey } as never })
        return { code, queueNumber }
      } catch (error) {
        const paths = uniqueViolation(error)
        if (!paths) throw error
        if (paths.includes('seatKey') || (!paths.includes('code') && (await seatHeld(req, seatKey)))) break
        // The code collided (one in 2^40): draw another for the same seat.
      }
    }
  }
  return null
}

/**
 * POST /api/public/bookings: books a seat in one of a service's queue slots. 201 with the
 * booking code and queue number; 409 when the slot is full; 422 with field messages.
 */
export const postBooking: Endpoint = {
  path: '/public/bookings',
  method: 'post',
  handler: submissionHandler({
    scope: 'bookings',
    confirmation: (answer) => String((answer.links as Record<string, string>).confirmation),
    handle: async (req, form) => {
      const now = new Date()
      const checked = validateBooking(form, now)
      if (!checked.ok) return unprocessable(checked.errors)
      const booking = checked.value
      const service = await findPublishedService(req, booking.service, { ...queueFields, title: true })
      if (!service) return unprocessable([{ field: 'service', message: 'Layanan tidak dikenal atau tidak lagi diterbitkan.' }])
      const settings = queueSettingsOf(service)
      if (!settings) return unprocessable([{ field: 'service', message: 'Layanan ini tidak menerima pemesanan antrean daring.' }])
      const dateCheck = checkBookingDate(booking.date, settings, now)
      if (!dateCheck.ok) return unprocessable([{ field: 'date', message: dateCheck.message }])
      if (!settings.times.includes(booking.time)) return unprocessable([{ field: 'time', message: `Pilih salah satu jam layanan: ${settings.times.join(', ')}.` }])

      const data = { service: service.id, agency: service.agency, regency: service.regency, date: booking.date, time: booking.time, name: booking.name, nik: booking.nik, phone: booking.phone, email: booking.email, status: 'booked' }
      const seat = await takeSeat(req, data, settings, service.id, booking.date, booking.time)
      if (!seat) return problem(409, `Slot pukul ${booking.time} pada ${booking.date} sudah penuh. Pilih jam atau tanggal lain.`)

      const base = cmsURL(req)
      return Response.json(
        {
          code: seat.code,
          queueNumber: seat.queueNumber,
          service: booking.service,
          serviceTitle: service.title,
          date: booking.date,
          time: booking.time,
          status: 'booked',
          next: 'Datang ke MPP paling lambat 15 menit sebelum jam antrean dengan membawa KTP dan dokumen persyaratan. Tunjukkan kode antrean di loket informasi.',
          links: {
            confirmation: `${base}/api/public/terkirim/${seat.code}`,
            track: `${base}/api/public/track/${seat.code}`,
            cancel: `${base}/api/public/bookings/${seat.code}/cancel`,
          },
        },
        { status: 201 },
      )
    },
  }),
}
