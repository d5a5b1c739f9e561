import type { QueueSettings } from '../../../domain/slots'

/** Seats are numbered through the day, slot by slot: the second seat of the third slot of 5 is 012. */
export const queueNumberOf = (settings: QueueSettings, time: string, seat: number) =>
  String(settings.times.indexOf(time) * settings.capacity + seat).padStart(3, '0')

export const seatKeyOf = (serviceId: number | string, date: string, time: string, seat: number) => `${serviceId}|${date}|${time}|${seat}`
