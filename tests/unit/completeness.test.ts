import { describe, expect, it } from 'vitest'

import { missingCitizenComponents, type ServiceStandardInput } from '../../cms/domain/completeness'

const complete: ServiceStandardInput = {
  requirements: [{ document: 'KTP-el' }],
  procedure: [{ title: 'Pemohon mengambil nomor antrean' }],
  duration: { value: 1, unit: 'hours' },
  fee: { kind: 'free' },
  product: 'KTP-el',
  complaintChannels: [{ kind: 'lapor', contact: 'https://www.lapor.go.id' }],
}

const components = (service: ServiceStandardInput) => missingCitizenComponents(service).map((missing) => missing.component)

describe('completeness of the citizen-facing service standard (components 1–6)', () => {
  it('accepts a service with all six components', () => {
    expect(missingCitizenComponents(complete)).toEqual([])
  })

  it('reports every component of an empty draft, in order, with Indonesian messages', () => {
    const missing = missingCitizenComponents({})
    expect(missing.map((m) => m.component)).toEqual([1, 2, 3, 4, 5, 6])
    expect(missing.map((m) => m.path)).toEqual(['requirements', 'procedure', 'duration.value', 'fee.kind', 'product', 'complaintChannels'])
    for (const { message } of missing) expect(message.id).toMatch(/belum/)
  })

  it('treats blank rows and whitespace as empty', () => {
    expect(components({ ...complete, requirements: [{ document: '  ' }] })).toEqual([1])
    expect(components({ ...complete, procedure: [{ title: '' }, { title: null }] })).toEqual([2])
    expect(components({ ...complete, product: ' \n ' })).toEqual([5])
    expect(components({ ...complete, complaintChannels: [{ kind: 'phone', contact: '' }] })).toEqual([6])
  })

  it('needs a positive time with a unit', () => {
    expect(components({ ...complete, duration: { value: 0, unit: 'hours' } })).toEqual([3])
    expect(components({ ...complete, duration: { value: 3, unit: null } })).toEqual([3])
    expect(components({ ...complete, duration: { value: 14, unit: 'working-days' } })).toEqual([])
  })

  it('needs a fee that is free, or an amount with its legal basis', () => {
    expect(components({ ...complete, fee: { kind: 'fixed', amount: 30000, basis: 'PP Nomor 76 Tahun 2020' } })).toEqual([])
    expect(missingCitizenComponents({ ...complete, fee: { kind: 'fixed', amount: 30000 } })[0].path).toBe('fee.basis')
    expect(missingCitizenComponents({ ...complete, fee: { kind: 'fixed', basis: 'PP 76/2020' } })[0].path).toBe('fee.amount')
    expect(components({ ...complete, fee: { kind: 'fixed', amount: 0, basis: 'PP 76/2020' } })).toEqual([4])
    expect(components({ ...complete, fee: { kind: 'variable', basis: 'Perda Provinsi Jawa Barat Nomor 9 Tahun 2023' } })).toEqual([])
    expect(components({ ...complete, fee: { kind: 'variable' } })).toEqual([4])
    expect(components({ ...complete, fee: null })).toEqual([4])
  })
})
