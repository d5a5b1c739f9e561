/** A booking's life: booked until the day, then served or not; cancelled frees the seat. */
export const bookingStatuses = [
  { value: 'booked', id: 'Terpesan', en: 'Booked' },
  { value: 'served', id: 'Sudah dilayani', en: 'Served' },
  { value: 'no-show', id: 'Tidak datang', en: 'Did not come' },
  { value: 'cancelled', id: 'Dibatalkan', en: 'Cancelled' },
] as const

export type BookingStatus = (typeof bookingStatuses)[number]['value']

export const bookingStatusLabel = (status: string, lang: 'id' | 'en' = 'id') => bookingStatuses.find((entry) => entry.value === status)?.[lang] ?? status
