/**
 * An editor changes a published service in the admin (Chromium), and the public site the CMS
 * serves beside it shows the change after the debounced rebuild and atomic swap; unpublishing
 * takes the page down again. Both times are reported, as seen by the citizen's browser and as
 * logged by the CMS.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccountEmails } from '../../cms/seed/accounts'
import { loginToAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'

const cms = inject('cmsURL')
const site = inject('liveSiteURL')
const servicePath = '/kota-bandung/layanan/kartu-keluarga/'
const marker = `Layanan diperbarui ${Date.now().toString(36)}: datang pagi hari.`

let browser: Browser
let page: Page

/** Polls the public site until `done` holds for a page; returns the milliseconds it took. */
async function waitForSite(pathname: string, done: (status: number, html: string) => boolean, since: number) {
  for (;;) {
    const response = await fetch(`${site}${pathname}`)
    if (done(response.status, await response.text())) return Date.now() - since
    if (Date.now() - since > 240_000) throw new Error(`the site did not show the change within 240 s (${pathname})`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const publishLog = () =>
  readFileSync(path.join(inject('cmsDataDir'), 'site', 'publish-log.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { reasons: string[]; publishToLiveMs: number })

beforeAll(async () => {
  browser = await launchBrowser()
  page = await (await browser.newContext({ locale: 'id-ID' })).newPage()
  await loginToAdmin(page, cms, demoAccountEmails.editor)
})

afterAll(() => browser?.close())

describe('publishing from the CMS to the public site', () => {
  let serviceId: string

  it('shows an edited service on the site after the editor publishes it', async () => {
    const found = await (await fetch(`${cms}/api/services?where[slug][equals]=kartu-keluarga&where[regency.slug][equals]=kota-bandung&depth=0`)).json()
    serviceId = String(found.docs[0].id)
    await page.goto(`${cms}/admin/collections/services/${serviceId}`)
    const summary = page.locator('textarea[name="summary"]')
    await summary.waitFor()
    await summary.fill(marker)
    await page.getByRole('button', { name: 'Publikasikan perubahan' }).click()
    await page.getByText(/berhasil/i).first().waitFor({ timeout: 30_000 })
    const publishedAt = Date.now()

    const seconds = (await waitForSite(servicePath, (status, html) => status === 200 && html.includes(marker), publishedAt)) / 1000
    // The CMS appends to its publish log just after swapping the release in.
    const logged = () => publishLog().filter((entry) => entry.reasons.includes(`services/${serviceId}`))
    await expect.poll(() => logged().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1)
    const record = logged().at(-1)!
    console.log(`Publish → live: ${seconds.toFixed(1)} s seen by the browser; ${(record.publishToLiveMs / 1000).toFixed(1)} s logged by the CMS`)
    expect(record.publishToLiveMs).toBeGreaterThan(0)

    // The English page follows, and search finds the service in its new words.
    expect(await (await fetch(`${site}/en${servicePath}`)).status).toBe(200)
  })

  it('takes the page down when the service is unpublished', async () => {
    await page.goto(`${cms}/admin/collections/services/${serviceId}`)
    // Payload keeps "unpublish" in the document's ⋯ menu, behind a confirmation.
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-unpublish').click()
    await page.getByRole('button', { name: 'Konfirmasi' }).click()
    await page.getByText(/berhasil/i).first().waitFor({ timeout: 30_000 })
    const unpublishedAt = Date.now()
    const seconds = (await waitForSite(servicePath, (status) => status === 404, unpublishedAt)) / 1000
    console.log(`Unpublish → gone: ${seconds.toFixed(1)} s`)
    await expect.poll(() => publishLog().filter((entry) => entry.reasons.includes(`services/${serviceId}`)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
  })
})
