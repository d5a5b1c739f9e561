/**
 * Indeks Kepuasan Masyarakat per PermenPAN-RB 14/2017: nine elements scored 1–4; per element
 * NRR = total score / respondents; IKM = Σ NRR × 1/9 (1–4); IKM unit = IKM × 25 (25–100),
 * graded A (88.31–100), B (76.61–88.30), C (65.00–76.60), D (25.00–64.99).
 */
export const ikmElements = [
  { key: 'u1', id: 'Persyaratan', en: 'Requirements' },
  { key: 'u2', id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  { key: 'u3', id: 'Waktu penyelesaian', en: 'Time to complete' },
  { key: 'u4', id: 'Biaya/tarif', en: 'Fee' },
  { key: 'u5', id: 'Produk spesifikasi jenis pelayanan', en: 'Service product' },
  { key: 'u6', id: 'Kompetensi pelaksana', en: 'Staff competence' },
  { key: 'u7', id: 'Perilaku pelaksana', en: 'Staff conduct' },
  { key: 'u8', id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints and suggestions' },
  { key: 'u9', id: 'Sarana dan prasarana', en: 'Facilities' },
] as const

export type IkmGrade = 'A' | 'B' | 'C' | 'D'

export const gradeLabels: Record<IkmGrade, { id: string; en: string }> = {
  A: { id: 'Sangat Baik', en: 'Very good' },
  B: { id: 'Baik', en: 'Good' },
  C: { id: 'Kurang Baik', en: 'Fair' },
  D: { id: 'Tidak Baik', en: 'Poor' },
}

/** The grade of an IKM unit score, compared at the two decimals the regulation prints. */
export function ikmGrade(score: number): IkmGrade {
  const cents = Math.round(score * 100)
  if (cents >= 8831) return 'A'
  if (cents >= 7661) return 'B'
  if (cents >= 6500) return 'C'
  return 'D'
}

export interface IkmResult {
  respondents: number
  /** NRR per element, U1…U9. */
  nrr: number[]
  /** IKM on the 1–4 scale. */
  ikm: number
  /** IKM unit on the 25–100 scale, to two decimals. */
  score: number
  grade: IkmGrade
}

/** One response: nine integer scores 1–4, U1…U9. */
export const isValidResponse = (scores: unknown): scores is number[] =>
  Array.isArray(scores) && scores.length === 9 && scores.every((score) => Number.isInteger(score) && score >= 1 && score <= 4)

export function computeIkm(responses: number[][]): IkmResult | null {
  if (responses.length === 0) return null
  if (!responses.every(isValidResponse)) throw new RangeError('Setiap jawaban survei harus berisi 9 nilai 1–4.')
  const totals = Array.from({ length: 9 }, (_, element) => responses.reduce((sum, response) => sum + response[element], 0))
  const nrr = totals.map((total) => total / responses.length)
  const ikm = nrr.reduce((sum, value) => sum + value / 9, 0)
  // Σ(NRR/9)×25 equals 25·(all scores)/(9·respondents): one division, so no float drift
  // can move a score across a grade boundary.
  const allScores = totals.reduce((sum, total) => sum + total, 0)
  const score = Math.round((allScores * 25 * 100) / (9 * responses.length)) / 100
  return { respondents: responses.length, nrr, ikm, score, grade: ikmGrade(score) }
}
