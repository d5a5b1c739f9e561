import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from '../helpers/browser'

const site = inject('siteURL')
const facts = inject('siteFacts')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  // A mid-range Android phone.
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: 'id-ID' })
  page = await context.newPage()
})
afterAll(() => browser?.close())

describe('a citizen on the public site', () => {
  it('searches "paspor" and reaches a passport service page', async () => {
    await page.goto(`${site}/`)
    await page.getByRole('searchbox', { name: 'Cari layanan' }).fill('paspor')
    await page.getByRole('button', { name: 'Cari', exact: true }).first().click()
    await page.waitForURL(/\/cari\/\?q=paspor/)
    const results = page.locator('ol.results > li > a')
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(10)
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d+ hasil untuk “paspor”/)
    await page.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption('Kota Bandung')
    await expect.poll(async () => (await results.allTextContents()).join('|'), { timeout: 10_000 }).toMatch(/Paspor/)
    await expect.poll(() => page.locator('ol.results > li').first().textContent()).toContain('Kota Bandung')
    await results.filter({ hasText: /Paspor/ }).first().click()
    await page.waitForURL(/\/kota-bandung\/layanan\/[a-z-]*paspor[a-z-]*\/$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Paspor/)
  })

  it('finds services without JavaScript through the plain A–Z list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(`${site}/cari/?q=paspor`)
    expect(await plain.locator('noscript').count()).toBe(1)
    await plain.getByRole('link', { name: 'Permohonan Paspor Baru' }).click()
    await plain.waitForURL(/\/layanan\/paspor-baru\/$/)
    expect(await plain.getByRole('heading', { level: 1 }).textContent()).toContain('Permohonan Paspor Baru')
    await plain.getByRole('link', { name: 'Kota Bandung' }).first().click()
    await plain.waitForURL(/\/kota-bandung\/layanan\/paspor-baru\/$/)
    await context.close()
  })

  it('walks the virtual hall by keyboard to a booth and opens it', async () => {
    await page.goto(`${site}/kota-bandung/`)
    const booths = page.locator('a.booth')
    expect(await booths.count()).toBeGreaterThan(5)
    // One tab stop for the whole hall: only the first booth is in the tab order.
    expect(await page.locator('a.booth[tabindex="0"]').count()).toBe(1)
    await booths.first().focus()
    const first = await booths.first().getAttribute('aria-label')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    const focused = page.locator('a.booth:focus')
    const label = await focused.getAttribute('aria-label')
    expect(label).not.toBe(first)
    expect(await focused.getAttribute('data-column')).toBe('2')
    expect(await focused.getAttribute('data-row')).toBe('2')
    expect(await page.locator('[data-hall-status]').textContent()).toContain(`Anda di depan booth ${await focused.getAttribute('data-name')}`)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    expect(await page.locator('[data-hall-status]').textContent()).toBe('Tidak ada booth lagi ke arah itu.')
    const target = await page.locator('a.booth:focus').getAttribute('href')
    const name = await page.locator('a.booth:focus').getAttribute('data-name')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${site}${target}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name)
  })

  it('switches a service page to English and back', async () => {
    await page.goto(`${site}${facts.richText.path}`)
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${site}/en${facts.richText.path}`)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 2, name: 'What you need' }).count()).toBe(1)
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click()
    await page.waitForURL(`${site}${facts.richText.path}`)
  })

  it('prints a service page as a checklist without the site around it', async () => {
    await page.goto(`${site}${facts.richText.path}`)
    await page.emulateMedia({ media: 'print' })
    try {
      expect(await page.locator('.site-header').isVisible()).toBe(false)
      expect(await page.locator('.actions').isVisible()).toBe(false)
      const items = page.locator('.checklist > li')
      expect(await items.count()).toBeGreaterThan(1)
      expect(await items.first().isVisible()).toBe(true)
      // Each item carries a box to tick on paper.
      const box = await items.first().evaluate((item) => getComputedStyle(item, '::before').borderTopStyle)
      expect(box).toBe('solid')
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })
})

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages = () => {
    const service = facts.richText.path
    return [
      '/', '/en/', '/kota-bandung/', '/en/kota-bandung/', '/kota-bandung/instansi/disdukcapil/', '/en/kota-bandung/instansi/imigrasi/',
      service, `/en${service}`, `/en${facts.untranslated.path}`, '/layanan/paspor-baru/', '/en/layanan/paspor-baru/',
      '/cari/?q=ktp', '/en/cari/?q=passport', '/data-terbuka/', '/en/data-terbuka/', '/lacak/', '/en/kota-bandung/pengaduan/', '/tidak-ada/',
    ]
  }

  it('finds no violations on any kind of page, in either language', async () => {
    const report: string[] = []
    for (const path of pages()) {
      await page.goto(`${site}${path}`)
      if (path.includes('/cari/')) await expect.poll(() => page.locator('ol.results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0)
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      for (const violation of violations) report.push(`${path}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
    }
    expect(report).toEqual([])
  })
})
