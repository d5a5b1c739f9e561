/**
 * The virtual MPP hall's floor plan: agency booths on a grid of columns and rows, entrance at
 * the bottom. Editors may pin a booth to a cell; every other booth fills the free cells in
 * reading order of its first counter number, so a hall always looks like a hall.
 */
export const hallGrid = { maxColumns: 8, maxRows: 12, defaultColumns: 6 } as const

export interface BoothRequest {
  id: string
  /** Pinned cell from the CMS, 1-based. */
  booth?: { column: number; row: number }
  /** The agency's first counter number ("3", "12A"), which orders automatic placement. */
  firstCounter?: string
}

export interface PlacedBooth {
  id: string
  column: number
  row: number
  pinned: boolean
}

export interface HallPlan {
  columns: number
  rows: number
  booths: PlacedBooth[]
}

const counterOrder = (counter?: string) => {
  const number = Number.parseInt(counter ?? '', 10)
  return Number.isFinite(number) ? number : Number.MAX_SAFE_INTEGER
}

export function layoutHall(requests: BoothRequest[]): HallPlan {
  const pinnedColumns = requests.map((request) => request.booth?.column ?? 0).filter((column) => column <= hallGrid.maxColumns)
  const columns = Math.max(Math.min(hallGrid.defaultColumns, requests.length), ...pinnedColumns, 1)
  const taken = new Set<string>()
  const cell = (column: number, row: number) => `${column}:${row}`
  const booths: PlacedBooth[] = []
  const unplaced: BoothRequest[] = []

  for (const request of requests) {
    const pin = request.booth
    const fits = pin && pin.column >= 1 && pin.column <= columns && pin.row >= 1 && pin.row <= hallGrid.maxRows
    if (fits && !taken.has(cell(pin.column, pin.row))) {
      taken.add(cell(pin.column, pin.row))
      booths.push({ id: request.id, column: pin.column, row: pin.row, pinned: true })
    } else {
      unplaced.push(request)
    }
  }

  unplaced.sort((a, b) => counterOrder(a.firstCounter) - counterOrder(b.firstCounter) || a.id.localeCompare(b.id))
  let next = 0
  for (const request of unplaced) {
    while (taken.has(cell((next % columns) + 1, Math.floor(next / columns) + 1))) next++
    const column = (next % columns) + 1
    const row = Math.floor(next / columns) + 1
    taken.add(cell(column, row))
    booths.push({ id: request.id, column, row, pinned: false })
  }

  const rows = Math.max(1, ...booths.map((booth) => booth.row))
  booths.sort((a, b) => a.row - b.row || a.column - b.column)
  return { columns, rows, booths }
}

/**
 * The booth reached by walking one step in a direction: the nearest booth whose centre lies
 * that way, preferring the same row or column. Null at the hall's edge.
 */
export function neighbourBooth(plan: HallPlan, fromId: string, direction: 'up' | 'down' | 'left' | 'right'): PlacedBooth | null {
  const from = plan.booths.find((booth) => booth.id === fromId)
  if (!from) return plan.booths[0] ?? null
  const [dx, dy] = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] }[direction]
  let best: PlacedBooth | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const booth of plan.booths) {
    const along = (booth.column - from.column) * dx + (booth.row - from.row) * dy
    if (along <= 0) continue
    const across = Math.abs((booth.column - from.column) * dy) + Math.abs((booth.row - from.row) * dx)
    const score = along + across * 2
    if (score < bestScore) {
      best = booth
      bestScore = score
    }
  }
  return best
}
