/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @ or a
 * control character) get a leading apostrophe, so open data cannot carry formula injection.
 */
const formulaStart = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return ''
  let cell = String(value)
  if (typeof value === 'string' && formulaStart.test(cell)) cell = `'${cell}`
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
}

export function toCsv(header: string[], rows: unknown[][]): string {
  // A byte-order mark lets spreadsheet programs read the Indonesian text as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
