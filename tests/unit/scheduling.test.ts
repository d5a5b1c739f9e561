import { describe, expect, it } from 'vitest'

import { complaintDeadlines, isOverdue } from '../../cms/domain/complaintDeadlines'
import { checkBookingDate, slotsFor, type QueueSettings } from '../../cms/domain/slots'
import { addWorkingDays, wibDate } from '../../cms/domain/workingDays'

// Friday 4 December 2026, 10:00 WIB.
const now = new Date('2026-12-04T03:00:00Z')
const settings: QueueSettings = { weekdays: [1, 2, 3, 4, 5], times: ['10:00', '08:00', '09:00'], capacity: 5, daysAhead: 14 }

describe('dates in WIB', () => {
  it('takes the calendar day in Western Indonesia Time, not UTC', () => {
    expect(wibDate(new Date('2026-12-04T16:59:00Z'))).toBe('2026-12-04')
    expect(wibDate(new Date('2026-12-04T17:00:00Z'))).toBe('2026-12-05')
  })

  it('counts working days past weekends', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07') // Friday → Monday
    expect(addWorkingDays('2026-12-04', 5)).toBe('2026-12-11')
  })
})

describe('complaint deadlines', () => {
  it('answers every complaint within 3 days, and resolves it by its kind', () => {
    expect(complaintDeadlines(now, 'information')).toEqual({ firstReply: '2026-12-07', resolution: '2026-12-11' })
    expect(complaintDeadlines(now, 'complaint')).toEqual({ firstReply: '2026-12-07', resolution: '2026-12-18' })
    expect(complaintDeadlines(now, 'field-check')).toEqual({ firstReply: '2026-12-07', resolution: '2027-02-02' })
  })

  it('is overdue only after the due day has passed and while open', () => {
    expect(isOverdue('2026-12-04', now, false)).toBe(false)
    expect(isOverdue('2026-12-03', now, false)).toBe(true)
    expect(isOverdue('2026-12-03', now, true)).toBe(false)
  })
})

describe('queue slots', () => {
  it('opens from tomorrow to the last day ahead, on the service’s weekdays only', () => {
    expect(checkBookingDate('2026-12-07', settings, now)).toEqual({ ok: true })
    expect(checkBookingDate('2026-12-18', settings, now)).toEqual({ ok: true })
    expect(checkBookingDate('2026-12-04', settings, now)).toMatchObject({ ok: false, message: expect.stringContaining('besok') })
    expect(checkBookingDate('2026-12-01', settings, now)).toMatchObject({ ok: false })
    expect(checkBookingDate('2026-12-19', settings, now)).toMatchObject({ ok: false, message: expect.stringContaining('14 hari') })
    expect(checkBookingDate('2026-12-05', settings, now)).toMatchObject({ ok: false, message: expect.stringContaining('tidak membuka') })
  })

  it('refuses dates that are not real calendar dates', () => {
    for (const bad of ['2026-02-30', '07-12-2026', '2026-12-7', '', 20261207, null]) {
      expect(checkBookingDate(bad, settings, now)).toMatchObject({ ok: false, message: expect.stringContaining('TTTT-BB-HH') })
    }
  })

  it('lists each time in order with the seats its bookings leave', () => {
    expect(slotsFor(settings, { '08:00': 5, '09:00': 2 })).toEqual([
      { time: '08:00', capacity: 5, booked: 5, free: 0 },
      { time: '09:00', capacity: 5, booked: 2, free: 3 },
      { time: '10:00', capacity: 5, booked: 0, free: 5 },
    ])
  })
})
