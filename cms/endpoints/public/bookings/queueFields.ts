import type { ServicesSelect } from '../../../payload-types'

/** The fields of a service that queueSettingsOf reads: all a booking needs of its service. */
export const queueFields = {
  channels: { counter: true },
  queue: { weekdays: true, times: { time: true }, capacity: true, daysAhead: true },
} satisfies ServicesSelect<true>
