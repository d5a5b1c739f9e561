import { describe, expect, it } from 'vitest'

import { layoutHall, neighbourBooth } from '../../cms/domain/hallLayout'

const agencies = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `a${index + 1}`, firstCounter: String(index + 1) }))

describe('the virtual hall layout', () => {
  it('places booths in reading order of their counter numbers, six to a row', () => {
    const plan = layoutHall([{ id: 'late', firstCounter: '12' }, { id: 'early', firstCounter: '2' }, ...agencies(7).map((a) => ({ ...a, id: `x${a.id}`, firstCounter: `${Number(a.firstCounter) + 2}` }))])
    expect(plan.columns).toBe(6)
    expect(plan.rows).toBe(2)
    expect(plan.booths[0]).toMatchObject({ id: 'early', column: 1, row: 1, pinned: false })
    expect(plan.booths.find((booth) => booth.id === 'late')).toMatchObject({ column: 3, row: 2 })
  })

  it('keeps the booths an editor pinned and fills the rest around them', () => {
    const plan = layoutHall([...agencies(3), { id: 'pinned', booth: { column: 1, row: 1 }, firstCounter: '99' }])
    expect(plan.columns).toBe(4)
    expect(plan.booths.find((booth) => booth.id === 'pinned')).toMatchObject({ column: 1, row: 1, pinned: true })
    expect(plan.booths.find((booth) => booth.id === 'a1')).toMatchObject({ column: 2, row: 1 })
  })

  it('places a second booth pinned to a taken cell, or off the grid, automatically', () => {
    const plan = layoutHall([
      { id: 'first', booth: { column: 2, row: 1 } },
      { id: 'clash', booth: { column: 2, row: 1 } },
      { id: 'outside', booth: { column: 20, row: 1 } },
    ])
    const cells = plan.booths.map((booth) => `${booth.column}:${booth.row}`)
    expect(new Set(cells).size).toBe(3)
    expect(plan.booths.find((booth) => booth.id === 'clash')!.pinned).toBe(false)
    expect(plan.booths.find((booth) => booth.id === 'outside')!.column).toBeLessThanOrEqual(plan.columns)
  })

  it('sorts counters by number, not as text, and puts unnumbered ones last', () => {
    const plan = layoutHall([{ id: 'ten', firstCounter: '10' }, { id: 'none' }, { id: 'nine', firstCounter: '9' }])
    expect(plan.booths.map((booth) => booth.id)).toEqual(['nine', 'ten', 'none'])
  })
})

describe('walking the hall', () => {
  const plan = layoutHall(agencies(8)) // two rows: 1–6 and 7–8

  it('steps to the next booth in each direction', () => {
    expect(neighbourBooth(plan, 'a1', 'right')?.id).toBe('a2')
    expect(neighbourBooth(plan, 'a2', 'down')?.id).toBe('a8')
    expect(neighbourBooth(plan, 'a8', 'up')?.id).toBe('a2')
    expect(neighbourBooth(plan, 'a8', 'left')?.id).toBe('a7')
  })

  it('prefers the same row or column, and stops at the walls', () => {
    expect(neighbourBooth(plan, 'a6', 'down')?.id).toBe('a8')
    expect(neighbourBooth(plan, 'a1', 'left')).toBeNull()
    expect(neighbourBooth(plan, 'a1', 'up')).toBeNull()
    expect(neighbourBooth(plan, 'a7', 'down')).toBeNull()
  })
})
