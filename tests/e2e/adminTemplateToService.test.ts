/**
 * A regency admin, in Debian's Chromium against the built CMS: logs in to /admin (in
 * Indonesian), creates a service from a province template in one click, publishes it, and
 * cannot open another regency's service.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccountEmails } from '../../cms/seed/accounts'
import { LOCAL_SEED_PASSWORD } from '../../cms/seed/password'
import { loginToAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'

const url = inject('cmsURL')
const adminEmail = demoAccountEmails.regencyAdmin('kota-bandung')
const templateSlug = 'kartu-identitas-anak'

let browser: Browser
let context: BrowserContext
let page: Page

/** REST as the seeded province admin: test set-up and checks, never the action under test. */
async function api(method: string, path: string, body?: unknown) {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoAccountEmails.province, password: LOCAL_SEED_PASSWORD }),
  })
  const { token } = await login.json()
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return response.json()
}

beforeAll(async () => {
  // Kota Bandung does not offer the KIA service yet: its admin is about to add it.
  const existing = await api('GET', `/api/services?draft=true&where[slug][equals]=${templateSlug}&where[regency.slug][equals]=kota-bandung&depth=0`)
  for (const doc of existing.docs) await api('DELETE', `/api/services/${doc.id}`)

  browser = await launchBrowser()
  // An English browser: the admin must still open in Indonesian.
  context = await browser.newContext({ locale: 'en-US' })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('a regency admin in the admin panel', () => {
  it('logs in and sees the admin in Bahasa Indonesia', async () => {
    await loginToAdmin(page, url, adminEmail)
    expect(new URL(page.url()).pathname).toBe('/admin')
    await page.getByRole('link', { name: /Templat Layanan/ }).first().waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('id')
  })

  it('creates a service from a template in one action and publishes it', async () => {
    const templates = await api('GET', `/api/service-templates?where[slug][equals]=${templateSlug}&depth=0`)
    const template = templates.docs[0]
    await page.goto(`${url}/admin/collections/service-templates/${template.id}`)
    await page.getByRole('button', { name: 'Buat layanan dari templat ini' }).click()
    await page.waitForURL(/\/admin\/collections\/services\/(?!create)[^/?]+$/)
    const serviceId = page.url().split('/').pop()!

    const title = page.locator('input[name="title"]')
    await title.waitFor()
    expect(await title.inputValue()).toBe(template.title)
    // Collapsed requirement rows are named after their documents, not "Dokumen 01".
    await page.getByText('Standar pelayanan (1–6)').first().click()
    const firstDocument = (await api('GET', `/api/service-templates/${template.id}?depth=0`)).requirements[0].document
    await page.getByText(`01. ${firstDocument}`).waitFor()

    await page.getByRole('button', { name: 'Publikasikan perubahan' }).click()
    await page.getByText(/berhasil/i).first().waitFor({ timeout: 30_000 })

    const service = await api('GET', `/api/services/${serviceId}?depth=1`)
    expect(service._status).toBe('published')
    expect(service.regency.slug).toBe('kota-bandung')
    expect(service.agency.catalogKey).toBe(template.agencyKey)
    const visitor = await fetch(`${url}/api/services/${serviceId}`)
    expect(visitor.status).toBe(200)
  })

  it('cannot open a service of another regency', async () => {
    const foreign = await api('GET', `/api/services?where[regency.slug][equals]=kabupaten-sumedang&limit=1&depth=0`)
    const service = foreign.docs[0]
    await page.goto(`${url}/admin/collections/services/${service.id}`)
    // Payload answers with its list view and a notice, never the document.
    await page.getByText(`Dokumen dengan ID ${service.id} tidak dapat ditemukan`).waitFor()
    expect(page.url()).toContain(`notFound=${service.id}`)
    expect(await page.locator('input[name="title"]').count()).toBe(0)
    expect(await page.content()).not.toContain(service.title)
  })
})
