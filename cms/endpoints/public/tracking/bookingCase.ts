import type { PayloadRequest } from 'payload'

import { bookingStatusLabel } from '../../../domain/bookingStatus'
import { titleOf, trackedCaseReads, type TrackedCase } from './publicCase'

/** A booking as its citizen may see it: no name, NIK or phone, only what the visit needs. */
export async function bookingCase(req: PayloadRequest, code: string): Promise<TrackedCase | null> {
  const { docs } = await req.payload.find({ collection: 'bookings', where: { code: { equals: code } }, ...trackedCaseReads })
  const booking = docs[0]
  if (!booking) return null
  const history = [{ status: 'booked', label: bookingStatusLabel('booked'), at: booking.createdAt, note: `Antrean nomor ${booking.queueNumber}, ${booking.date} pukul ${booking.time}.` }]
  if (booking.status !== 'booked') history.push({ status: booking.status, label: bookingStatusLabel(booking.status), at: booking.cancelledAt ?? booking.updatedAt, note: '' })
  return {
    code,
    kind: 'booking',
    status: booking.status,
    statusLabel: bookingStatusLabel(booking.status),
    service: titleOf(booking.service),
    agency: titleOf(booking.agency),
    details: { date: booking.date, time: booking.time, queueNumber: booking.queueNumber },
    history,
    secrets: [booking.nik, booking.phone],
  }
}
