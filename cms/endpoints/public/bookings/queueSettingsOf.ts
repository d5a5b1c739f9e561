import type { QueueSettings } from '../../../domain/slots'

interface ServiceQueue {
  channels?: { counter?: boolean | null } | null
  queue?: { weekdays?: string[] | null; times?: { time?: string | null }[] | null; capacity?: number | null; daysAhead?: number | null } | null
}

/** A service's queue slots as the domain rules read them, or null when it takes no online bookings. */
export function queueSettingsOf(service: ServiceQueue): QueueSettings | null {
  const times = [...new Set((service.queue?.times ?? []).map((entry) => entry.time).filter((time): time is string => Boolean(time)))].sort()
  if (service.channels?.counter === false || times.length === 0) return null
  return {
    weekdays: (service.queue?.weekdays ?? []).map(Number),
    times,
    capacity: service.queue?.capacity ?? 10,
    daysAhead: service.queue?.daysAhead ?? 14,
  }
}

/** Seats are numbered through the day, slot by slot: the second seat of the third slot of 5 is 012. */
export const queueNumberOf = (settings: QueueSettings, time: string, seat: number) =>
  String(settings.times.indexOf(time) * settings.capacity + seat).padStart(3, '0')

export const seatKeyOf = (serviceId: number | string, date: string, time: string, seat: number) => `${serviceId}|${date}|${time}|${seat}`
