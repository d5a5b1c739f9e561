import { describe, expect, it } from 'vitest'

import { applicationStatuses, canMoveApplication, isClosedApplication, isClosedComplaint } from '../../cms/domain/caseStatus'
import { sniffDocumentType } from '../../cms/domain/documentType'
import { documentField, missingDocuments, validateApplication } from '../../cms/domain/forms/application'
import { validateBooking } from '../../cms/domain/forms/booking'
import { validateComplaint } from '../../cms/domain/forms/complaint'
import { verifies } from '../../cms/domain/forms/verify'
import { queueSettingsOf } from '../../cms/domain/slots'

const fields = (result: { ok: boolean; errors?: { field: string }[] }) => (result.ok ? [] : result.errors!.map((error) => error.field))

describe('application process', () => {
  it('moves only forward along the process, with revision as the one way back', () => {
    expect(canMoveApplication('received', 'verifying')).toBe(true)
    expect(canMoveApplication('verifying', 'needs-revision')).toBe(true)
    expect(canMoveApplication('needs-revision', 'verifying')).toBe(true)
    expect(canMoveApplication('in-process', 'completed')).toBe(true)
    expect(canMoveApplication('received', 'completed')).toBe(false)
    expect(canMoveApplication('in-process', 'verifying')).toBe(false)
    for (const closed of ['completed', 'rejected']) for (const status of applicationStatuses) if (status.value !== closed) expect(canMoveApplication(closed, status.value)).toBe(false)
  })

  it('knows which statuses close a case', () => {
    expect(['completed', 'rejected'].every(isClosedApplication)).toBe(true)
    expect(isClosedApplication('needs-revision')).toBe(false)
    expect(isClosedComplaint('answered')).toBe(true)
    expect(isClosedComplaint('in-progress')).toBe(false)
  })
})

describe('documents by content', () => {
  const pdf = Buffer.from('%PDF-1.7\n…\nxref\n0 1\ntrailer<<>>\nstartxref\n3\n%%EOF\n')
  it('recognises PDF, JPEG and PNG by their first bytes, whatever they are called', () => {
    expect(sniffDocumentType(pdf)).toBe('application/pdf')
    expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg')
    expect(sniffDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
  })
  it('refuses executables, markup, text and PDFs cut short', () => {
    expect(sniffDocumentType(Buffer.from('MZ\x90\x00\x03'))).toBeNull()
    expect(sniffDocumentType(Buffer.from('<svg onload="x"/>'))).toBeNull()
    expect(sniffDocumentType(Buffer.from('hello'))).toBeNull()
    expect(sniffDocumentType(pdf.subarray(0, 20))).toBeNull()
    expect(sniffDocumentType(Buffer.alloc(0))).toBeNull()
  })
})

describe('proving a case is yours', () => {
  it('takes the last four digits of the NIK or phone, or the PIN', () => {
    expect(verifies('0001', ['3273015708900001', '+6281234567890'])).toBe(true)
    expect(verifies('7890', ['3273015708900001', '+6281234567890'])).toBe(true)
    expect(verifies('4242', [null, null, '4242'])).toBe(true)
  })
  it('refuses anything else', () => {
    for (const wrong of ['3273', '0000', '001', '00001', '', 'abcd', 1, null, undefined]) expect(verifies(wrong, ['3273015708900001', '+6281234567890'])).toBe(false)
    expect(verifies('0001', [null, undefined])).toBe(false)
  })
})

describe('form rules shared by the site and the endpoints', () => {
  const questions = [
    { name: 'alamat', label: 'Alamat', type: 'textarea' as const, required: true },
    { name: 'alasan', label: 'Alasan', type: 'select' as const, required: true, choices: ['Baru', 'Hilang'] },
    { name: 'tanggal', label: 'Tanggal', type: 'date' as const, required: false },
  ]
  const applicant = { service: 'kota-bandung/kartu-keluarga', name: 'Siti Aminah', nik: '3273015708900001', phone: '0812 3456 7890', alamat: 'Jl. Asia Afrika 1', alasan: 'Baru' }

  it('accepts a complete application and normalises the phone number', () => {
    const result = validateApplication(applicant, questions)
    expect(result).toMatchObject({ ok: true, value: { phone: '+6281234567890', answers: { alamat: 'Jl. Asia Afrika 1', alasan: 'Baru' } } })
  })
  it('names each field that is wrong', () => {
    expect(fields(validateApplication({ ...applicant, alamat: '', alasan: 'Lain', tanggal: '1/1/2020', email: 'x@' }, questions))).toEqual(['email', 'alamat', 'alasan', 'tanggal'])
  })
  it('asks for every mandatory document, by its place in the list', () => {
    const requirements = [{ document: 'KTP', mandatory: true }, { document: 'Foto', mandatory: false }, { document: 'KK', mandatory: true }]
    expect(missingDocuments(requirements, new Set([documentField(0)])).map((error) => error.field)).toEqual(['dokumen-3'])
  })
  it('checks a booking’s date and time formats before the service’s own rules', () => {
    expect(fields(validateBooking({ service: 'a/b', date: '2026-02-30', time: '25:00', name: 'Ani', nik: '3273015708900001', phone: '081234567890' }))).toEqual(['date', 'time'])
  })
  it('lets a complaint be anonymous, and then asks no identity', () => {
    expect(validateComplaint({ regency: 'kota-bandung', kind: 'suggestion', message: 'Mohon tambah kursi di ruang tunggu.', anonymous: 'on' })).toMatchObject({ ok: true, value: { anonymous: true, name: undefined } })
    expect(fields(validateComplaint({ regency: 'kota-bandung', kind: 'suggestion', message: 'Mohon tambah kursi di ruang tunggu.' }))).toEqual(['name', 'phone'])
  })
})

describe("a service's queue settings", () => {
  it('takes bookings only with the counter channel on and at least one slot time, times sorted and unique', () => {
    expect(queueSettingsOf({ channels: { counter: true }, queue: { weekdays: ['1', '3'], times: [{ time: '13:00' }, { time: '08:00' }, { time: '08:00' }], capacity: 4, daysAhead: 7 } })).toEqual({ weekdays: [1, 3], times: ['08:00', '13:00'], capacity: 4, daysAhead: 7 })
    expect(queueSettingsOf({ channels: { counter: false }, queue: { times: [{ time: '08:00' }] } })).toBeNull()
    expect(queueSettingsOf({ channels: { counter: true }, queue: { times: [] } })).toBeNull()
  })
})
