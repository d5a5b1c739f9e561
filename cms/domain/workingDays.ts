/**
 * Dates in Western Indonesia Time (WIB, UTC+7, no daylight saving), where every MPP of Jawa
 * Barat works. Working days are Monday to Friday; national holidays are not modelled yet.
 */
const wibOffsetMs = 7 * 60 * 60 * 1000

/** A real calendar date written YYYY-MM-DD (not 2026-02-30 or 2026-13-01). */
export const isCalendarDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/** The calendar date (YYYY-MM-DD) of an instant in WIB. */
export const wibDate = (instant: Date) => new Date(instant.getTime() + wibOffsetMs).toISOString().slice(0, 10)

/** 0 = Sunday … 6 = Saturday, for a YYYY-MM-DD date. */
export const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()

export const addDays = (date: string, days: number) => {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

export const isWorkingDay = (date: string) => weekday(date) !== 0 && weekday(date) !== 6

/** The date `days` working days after `date` (the day itself does not count). */
export function addWorkingDays(date: string, days: number) {
  let current = date
  let left = days
  while (left > 0) {
    current = addDays(current, 1)
    if (isWorkingDay(current)) left--
  }
  return current
}
