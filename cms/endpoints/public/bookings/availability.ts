import type { Endpoint } from 'payload'

import { checkBookingDate, queueSettingsOf, slotsFor } from '../../../domain/slots'
import { addDays, wibDate } from '../../../domain/workingDays'
import { serviceKeyPattern } from '../../../domain/forms/citizen'
import { findPublishedService } from '../findPublishedService'
import { refuseForeignOrigin, withCors } from '../http/cors'
import { unprocessable } from '../http/problems'
import { bookedSeats } from './bookedSeats'
import { queueFields } from './queueFields'

/**
 * GET /api/public/bookings/availability?service=<regency>/<slug>&date=YYYY-MM-DD: the slots
 * of that day with their free seats. Without `date`: the bookable dates (tomorrow up to the
 * service's horizon, on its service days), so a form can offer only days that are open.
 */
export const getAvailability: Endpoint = {
  path: '/public/bookings/availability',
  method: 'get',
  handler: async (req) => {
    const foreign = refuseForeignOrigin(req)
    if (foreign) return foreign
    const query = new URL(req.url ?? 'http://localhost/').searchParams
    const key = query.get('service')?.trim() ?? ''
    const date = query.get('date')?.trim() || undefined
    if (!serviceKeyPattern.test(key)) return withCors(req, unprocessable([{ field: 'service', message: 'Layanan tidak dikenal.' }]))
    const service = await findPublishedService(req, key, queueFields)
    if (!service) return withCors(req, unprocessable([{ field: 'service', message: 'Layanan tidak dikenal atau tidak lagi diterbitkan.' }]))
    const settings = queueSettingsOf(service)
    if (!settings) return withCors(req, unprocessable([{ field: 'service', message: 'Layanan ini tidak menerima pemesanan antrean daring.' }]))

    const now = new Date()
    if (!date) {
      const today = wibDate(now)
      const dates = Array.from({ length: settings.daysAhead }, (_, index) => addDays(today, index + 1)).filter((day) => checkBookingDate(day, settings, now).ok)
      return withCors(req, Response.json({ service: key, capacity: settings.capacity, times: settings.times, dates }))
    }
    const check = checkBookingDate(date, settings, now)
    if (!check.ok) return withCors(req, unprocessable([{ field: 'date', message: check.message }]))
    const seats = await bookedSeats(req, service.id, date)
    const booked = Object.fromEntries(Object.entries(seats).map(([time, taken]) => [time, taken.length]))
    return withCors(req, Response.json({ service: key, date, slots: slotsFor(settings, booked) }, { headers: { 'Cache-Control': 'no-store' } }))
  },
}
