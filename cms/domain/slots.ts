import { addDays, isCalendarDate, wibDate, weekday } from './workingDays'

/**
 * Queue slots of a service: on its weekdays, at its start times, each slot holding `capacity`
 * citizens, bookable from tomorrow up to `daysAhead` days ahead (WIB dates). Availability is
 * what the bookings leave; the database write that takes a seat must still check capacity
 * atomically (see the booking endpoint).
 */
export interface QueueSettings {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[]
  /** Slot start times, HH:MM. */
  times: string[]
  capacity: number
  daysAhead: number
}

export interface Slot {
  time: string
  capacity: number
  booked: number
  free: number
}

export type DateCheck = { ok: true } | { ok: false; message: string }

export function checkBookingDate(date: unknown, settings: QueueSettings, now: Date): DateCheck {
  if (!isCalendarDate(date)) {
    return { ok: false, message: 'Tanggal harus berformat TTTT-BB-HH, mis. 2026-12-07.' }
  }
  const today = wibDate(now)
  if (date <= today) return { ok: false, message: 'Pilih tanggal mulai besok; antrean hari ini diambil langsung di MPP.' }
  if (date > addDays(today, settings.daysAhead)) return { ok: false, message: `Antrean hanya dapat dipesan paling lambat ${settings.daysAhead} hari ke depan.` }
  if (!settings.weekdays.includes(weekday(date))) return { ok: false, message: 'Layanan ini tidak membuka antrean pada hari tersebut.' }
  return { ok: true }
}

/** Every slot of a date with its free seats, given how many active bookings each time has. */
export function slotsFor(settings: QueueSettings, bookedByTime: Record<string, number>): Slot[] {
  return [...settings.times].sort().map((time) => {
    const booked = bookedByTime[time] ?? 0
    return { time, capacity: settings.capacity, booked, free: Math.max(0, settings.capacity - booked) }
  })
}

export interface ServiceQueue {
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
