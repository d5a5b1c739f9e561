import type { PayloadRequest } from 'payload'

/** Seats held on a service's date, by slot time (cancelled bookings hold none). */
export async function bookedSeats(req: PayloadRequest, serviceId: number | string, date: string) {
  const { docs } = await req.payload.find({
    collection: 'bookings',
    where: { and: [{ service: { equals: serviceId } }, { date: { equals: date } }, { status: { not_equals: 'cancelled' } }] },
    select: { time: true, seatKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byTime: Record<string, number[]> = {}
  for (const doc of docs) (byTime[doc.time] ??= []).push(Number(doc.seatKey.split('|')[3]))
  return byTime
}
