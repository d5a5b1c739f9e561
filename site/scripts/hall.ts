import { neighbourBooth, type HallPlan } from '../../cms/domain/hallLayout'

const directions: Record<string, 'up' | 'down' | 'left' | 'right'> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

/**
 * Walking the hall: the booths form one tab stop (roving tabindex, as in the ARIA grid
 * pattern), arrow keys step to the nearest booth that way, and pointer or focus moves the
 * visitor marker. The booth reached is announced in a polite live region.
 */
export function startHall(svg: SVGSVGElement) {
  const booths = [...svg.querySelectorAll<SVGAElement>('a.booth')]
  const visitor = svg.querySelector<SVGCircleElement>('[data-visitor]')
  const status = svg.closest('section')?.querySelector<HTMLElement>('[data-hall-status]')
  if (booths.length === 0 || !visitor) return

  const plan: HallPlan = {
    columns: 0,
    rows: 0,
    booths: booths.map((booth, index) => ({ id: String(index), column: Number(booth.dataset.column), row: Number(booth.dataset.row), pinned: false })),
  }
  const data = visitor.dataset
  const moveVisitor = (booth: SVGAElement) => {
    const cx = Number(data.margin) + (Number(booth.dataset.column) - 1) * Number(data.cellWidth) + Number(data.offsetX)
    const cy = Number(data.margin) + (Number(booth.dataset.row) - 1) * Number(data.cellHeight) + Number(data.offsetY)
    visitor.setAttribute('cx', String(cx))
    visitor.setAttribute('cy', String(cy))
  }
  let current = 0
  const stand = (index: number, focus: boolean) => {
    booths[current].setAttribute('tabindex', '-1')
    current = index
    const booth = booths[index]
    booth.setAttribute('tabindex', '0')
    moveVisitor(booth)
    if (focus) booth.focus()
  }
  booths.forEach((booth, index) => {
    booth.setAttribute('tabindex', index === 0 ? '0' : '-1')
    booth.addEventListener('focus', () => stand(index, false))
    booth.addEventListener('pointerenter', () => moveVisitor(booth))
  })

  svg.addEventListener('keydown', (event) => {
    const direction = directions[event.key]
    if (!direction) return
    event.preventDefault()
    const next = neighbourBooth(plan, String(current), direction)
    if (!next) {
      if (status) status.textContent = svg.dataset.wall ?? ''
      return
    }
    stand(Number(next.id), true)
    if (status) status.textContent = (svg.dataset.at ?? '').replace('{name}', booths[current].dataset.name ?? '')
  })
}
