import { describe, expect, it } from 'vitest'

import { computeIkm, ikmGrade } from '../../cms/domain/ikm'

/** `respondents` responses of nine scores 1–4 that add up to `total` (spread as evenly as possible). */
function responsesSumming(respondents: number, total: number): number[][] {
  const answers = respondents * 9
  const base = Math.floor(total / answers)
  let extra = total - base * answers
  return Array.from({ length: respondents }, () =>
    Array.from({ length: 9 }, () => {
      const score = base + (extra > 0 ? 1 : 0)
      if (extra > 0) extra--
      return score
    }),
  )
}

describe('IKM (PermenPAN-RB 14/2017)', () => {
  it('computes NRR per element, the weighted IKM and its unit score: a hand-worked example', () => {
    // Four respondents. Element totals: U1 = 3+4+3+2 = 12 → NRR 3.00; U2 = 16 → 4.00;
    // U3..U9 = 10 each → 2.50. IKM = (3 + 4 + 7 × 2.5) / 9 = 24.5 / 9 = 2.7222…
    // IKM unit = 2.7222… × 25 = 68.0555… → 68.06, grade C (Kurang Baik).
    const result = computeIkm([
      [3, 4, 3, 3, 3, 3, 3, 3, 3],
      [4, 4, 2, 2, 2, 2, 2, 2, 2],
      [3, 4, 3, 3, 3, 3, 3, 3, 3],
      [2, 4, 2, 2, 2, 2, 2, 2, 2],
    ])!
    expect(result.respondents).toBe(4)
    expect(result.nrr).toEqual([3, 4, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5])
    expect(result.ikm).toBeCloseTo(24.5 / 9, 10)
    expect(result.score).toBe(68.06)
    expect(result.grade).toBe('C')
  })

  it('gives 100.00 (A) when everyone answers 4 and 25.00 (D) when everyone answers 1', () => {
    expect(computeIkm([Array(9).fill(4), Array(9).fill(4)])).toMatchObject({ score: 100, grade: 'A' })
    expect(computeIkm([Array(9).fill(1)])).toMatchObject({ score: 25, grade: 'D' })
  })

  // Each case: respondents and the sum of all their scores; unit score = 25 × sum / (9 × respondents).
  it.each([
    [38, 889, 64.99, 'D'], // 25 × 889 / 342 = 64.9853… → 64.99
    [5, 117, 65.0, 'C'], //   25 × 117 / 45  = 65.0000
    [26, 717, 76.6, 'C'], //  25 × 717 / 234 = 76.6025… → 76.60
    [19, 524, 76.61, 'B'], // 25 × 524 / 171 = 76.6081… → 76.61
    [19, 604, 88.3, 'B'], //  25 × 604 / 171 = 88.3040… → 88.30
    [24, 763, 88.31, 'A'], // 25 × 763 / 216 = 88.3101… → 88.31
  ])('grades the boundary: %i respondents scoring %i in all → %f, %s', (respondents, total, score, grade) => {
    expect(computeIkm(responsesSumming(respondents, total))).toMatchObject({ respondents, score, grade })
  })

  it('grades scores on the regulation’s bands', () => {
    expect([64.99, 65, 76.6, 76.61, 88.3, 88.31, 100, 25].map(ikmGrade)).toEqual(['D', 'C', 'C', 'B', 'B', 'A', 'A', 'D'])
  })

  it('has no index without respondents, and refuses malformed responses', () => {
    expect(computeIkm([])).toBeNull()
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4]])).toThrow(RangeError)
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 5]])).toThrow(RangeError)
    expect(() => computeIkm([[4, 4, 4, 4, 4, 4, 4, 4, 2.5]])).toThrow(RangeError)
  })
})
