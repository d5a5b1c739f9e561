/**
 * Citizens' forms on the live site, posting to the running CMS, in Debian's Chromium on a
 * phone-sized screen: each form completed with JavaScript (steps, check your answers,
 * confirmation in place) and without (plain form post, 303 to the confirmation), axe on every
 * step; then an officer moves the application forward in the admin and the tracking page shows
 * the officer's note.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { demoAccountEmails } from '../../cms/seed/accounts'
import { loginToAdmin } from '../helpers/adminLogin'
import { launchBrowser } from '../helpers/browser'

const site = inject('liveSiteURL')
const cms = inject('cmsURL')
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
const person = { name: 'Neneng Hasanah', nik: '3273015505920007', phone: '0856-2020-3030' }

let browser: Browser
let withJs: BrowserContext
let withoutJs: BrowserContext
const axeReport: string[] = []
let applicationCode = ''

async function axe(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  for (const violation of violations) axeReport.push(`${label}: ${violation.id} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
}

async function fillIdentity(page: Page) {
  await page.locator('#f-name').fill(person.name)
  await page.locator('#f-nik').fill(person.nik)
  await page.locator('#f-phone').fill(person.phone)
}

/** A plain form post lands on the CMS: its confirmation, or a page listing what was refused. */
async function landsOn(page: Page, pattern: RegExp) {
  await page.waitForURL(/\/api\/public\/|\/terima-kasih\//, { timeout: 15_000 }).catch(async (error) => {
    throw new Error(`Still on ${page.url()} (${error.message.split('\n')[0]}): ${(await page.locator('main').textContent())?.slice(0, 400)}`)
  })
  if (!pattern.test(page.url())) throw new Error(`Landed on ${page.url()}: ${await page.locator('body').textContent()}`)
}

const next = (page: Page) => page.getByRole('button', { name: /^(Lanjut|Periksa jawaban)$/ }).click()

beforeAll(async () => {
  browser = await launchBrowser()
  const phone = { viewport: { width: 412, height: 915 }, locale: 'id-ID' }
  withJs = await browser.newContext(phone)
  withoutJs = await browser.newContext({ ...phone, javaScriptEnabled: false })
  // Playwright's library waits forever by default; a stuck step should fail with its name.
  for (const context of [withJs, withoutJs]) context.setDefaultTimeout(20_000)
  // The first release is live before the tests start; wait for its server anyway.
  for (let attempt = 0; attempt < 60; attempt++) if ((await fetch(`${site}/lacak/`)).ok) break
    else await new Promise((resolve) => setTimeout(resolve, 1000))
})

afterAll(async () => {
  await browser?.close()
})

describe('applying online', () => {
  const path = '/kota-bandung/layanan/kartu-keluarga/ajukan/'

  it('goes step by step with JavaScript, catches mistakes in an error summary, and confirms with a code', async () => {
    const page = await withJs.newPage()
    await page.goto(`${site}${path}`)
    await page.getByText('Langkah 1 dari').waitFor()
    await axe(page, 'ajukan: langkah 1')
    await next(page)
    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('NIK wajib diisi')
    await axe(page, 'ajukan: ringkasan kesalahan')
    await summary.getByRole('link', { name: /NIK/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-nik')
    await fillIdentity(page)
    await next(page)
    const files = page.locator('input[type=file]')
    for (let index = 0; index < (await files.count()); index++) {
      if (await files.nth(index).isVisible()) await files.nth(index).setInputFiles({ name: `dokumen-${index + 1}.pdf`, mimeType: 'application/pdf', buffer: pdf })
    }
    await axe(page, 'ajukan: dokumen')
    await next(page)
    await page.getByRole('heading', { name: 'Periksa jawaban Anda sebelum mengirim' }).waitFor()
    expect(await page.locator('.check-answers').textContent()).toContain(person.nik)
    await axe(page, 'ajukan: periksa jawaban')
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    const panel = page.locator('.panel-confirm')
    await panel.waitFor({ timeout: 20_000 })
    applicationCode = (await page.locator('.case-code').first().textContent())!.trim()
    expect(applicationCode).toMatch(/^PMH-/)
    await axe(page, 'ajukan: konfirmasi')
    await page.close()
  })

  it('works without JavaScript as one plain multipart form posted to the CMS', async () => {
    // Playwright cannot set files on a page whose JavaScript is disabled, so this page runs with
    // every script of the site refused instead: the island never starts, the form stays plain.
    const context = await browser.newContext({ viewport: { width: 412, height: 915 }, locale: 'id-ID' })
    context.setDefaultTimeout(20_000)
    await context.route(`${site}/**/*.js`, (route) => route.abort())
    const page = await context.newPage()
    await page.goto(`${site}${path}`)
    expect(await page.getByText('Langkah 1 dari').count()).toBe(0)
    await fillIdentity(page)
    const files = page.locator('input[type=file][required]')
    for (let index = 0; index < (await files.count()); index++) await files.nth(index).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    await landsOn(page, /\/api\/public\/terkirim\/PMH-/)
    expect(await page.locator('code').first().textContent()).toMatch(/^PMH-/)
    await axe(page, 'halaman konfirmasi CMS')
    await context.close()
  })
})

describe('booking a counter slot', () => {
  const path = '/kota-bandung/layanan/kartu-keluarga/antrean/'

  it('offers only open days and the seats left, with JavaScript', async () => {
    const page = await withJs.newPage()
    await page.goto(`${site}${path}`)
    const date = page.getByLabel('Tanggal')
    await expect.poll(() => date.evaluate((element) => element.tagName), { timeout: 15_000 }).toBe('SELECT')
    await date.selectOption({ index: 1 })
    await page.getByText(/sisa \d+ tempat/).first().waitFor()
    await page.getByLabel('09.00').check()
    await axe(page, 'antrean: waktu')
    await next(page)
    await fillIdentity(page)
    await next(page)
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    await page.locator('.panel-confirm').waitFor({ timeout: 20_000 })
    expect(await page.locator('.case-code').textContent()).toMatch(/^ANT-/)
    expect(await page.locator('.confirmation').textContent()).toMatch(/Nomor antrean: \d{3}/)
    await axe(page, 'antrean: konfirmasi')
    // Can't come after all: the tracking page cancels it with the same four digits.
    await page.getByRole('link', { name: 'Lacak atau batalkan antrean' }).click()
    await page.getByLabel(/4 angka terakhir/).fill('3030')
    await page.getByRole('button', { name: 'Lacak' }).click()
    await page.getByRole('button', { name: 'Batalkan antrean' }).click()
    await expect.poll(() => page.locator('.track-result').textContent(), { timeout: 15_000 }).toContain('Dibatalkan')
    await page.close()
  })

  it('books without JavaScript through the plain form', async () => {
    const page = await withoutJs.newPage()
    await page.goto(`${site}${path}`)
    const dates = await (await fetch(`${cms}/api/public/bookings/availability?service=kota-bandung/kartu-keluarga`)).json()
    await page.getByLabel('Tanggal').fill(dates.dates[0])
    await page.getByLabel('10.00').check()
    await fillIdentity(page)
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    await landsOn(page, /\/api\/public\/terkirim\/ANT-/)
    expect(await page.locator('h1').textContent()).toContain('Antrean Anda sudah terpesan')
    await page.close()
  })
})

describe('complaining and rating', () => {
  it('takes an anonymous complaint with JavaScript and hands back a PIN', async () => {
    const page = await withJs.newPage()
    await page.goto(`${site}/kota-bandung/pengaduan/`)
    await page.getByText('Langkah 1 dari').waitFor()
    await page.getByLabel('Saran atau masukan').check()
    await page.getByLabel('Apa yang terjadi?').fill('Mohon tambahkan kursi roda di pintu masuk MPP untuk lansia.')
    await next(page)
    await page.getByLabel(/Kirim tanpa nama/).check()
    await axe(page, 'pengaduan: anonim')
    await next(page)
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    await page.locator('.panel-confirm').waitFor({ timeout: 20_000 })
    const codes = await page.locator('.case-code').allTextContents()
    expect(codes[0]).toMatch(/^ADU-/)
    expect(codes[1]).toMatch(/^\d{4}$/)
    await page.close()
  })

  it('takes a named complaint without JavaScript', async () => {
    const page = await withoutJs.newPage()
    await page.goto(`${site}/kota-bandung/pengaduan/`)
    await page.getByLabel('Pengaduan tanpa pemeriksaan lapangan').check()
    await page.getByLabel('Apa yang terjadi?').fill('Loket tutup lebih awal dari jam pelayanan yang diumumkan.')
    await fillIdentity(page)
    await page.getByRole('button', { name: 'Kirim', exact: true }).click()
    await landsOn(page, /\/api\/public\/terkirim\/ADU-/)
    await page.close()
  })

  it('records a satisfaction survey with and without JavaScript', async () => {
    for (const context of [withJs, withoutJs]) {
      const page = await context.newPage()
      await page.goto(`${site}/kota-bandung/nilai/`)
      await page.getByLabel('Layanan apa yang Anda gunakan?').selectOption({ index: 1 })
      if (context === withJs) await next(page)
      for (let element = 1; element <= 9; element++) await page.locator(`input[name=u${element}][value="${(element % 4) + 1}"]`).check()
      if (context === withJs) {
        await axe(page, 'nilai: unsur')
        await next(page)
        await next(page)
        await page.getByRole('button', { name: 'Kirim', exact: true }).click()
        await page.getByText('Terima kasih, penilaian Anda sudah kami terima.').waitFor({ timeout: 20_000 })
      } else {
        await page.getByRole('button', { name: 'Kirim', exact: true }).click()
        await page.waitForURL(/\/nilai\/terima-kasih\/$/)
      }
      await page.close()
    }
  })
})

describe('tracking, after an officer moves the application forward', () => {
  it('shows the officer’s step and note on the tracking page, with and without JavaScript', async () => {
    expect(applicationCode).toMatch(/^PMH-/)
    const adminContext = await browser.newContext()
    adminContext.setDefaultTimeout(30_000)
    const admin = await adminContext.newPage()
    await loginToAdmin(admin, cms, demoAccountEmails.officer)
    await admin.goto(`${cms}/admin/collections/applications`)
    const row = admin.getByRole('link', { name: applicationCode })
    await row.waitFor()
    // The list shows the NIK masked.
    expect(await admin.locator('table').textContent()).toContain('3273********0007')
    await row.click()
    await admin.locator('#field-status').click()
    await admin.getByRole('option', { name: 'Sedang diverifikasi' }).click()
    // Payload renders fields as they scroll into view.
    await admin.getByText('Tindak lanjut', { exact: true }).scrollIntoViewIfNeeded()
    await admin.locator('#field-replyNote').fill('Berkas Anda sedang kami periksa.')
    await admin.getByRole('button', { name: 'Simpan' }).click()
    await admin.getByText(/berhasil/i).first().waitFor({ timeout: 30_000 })

    const page = await withJs.newPage()
    await page.goto(`${site}/lacak/?kode=${applicationCode}`)
    await page.getByLabel(/4 angka terakhir/).fill('0007')
    await page.getByRole('button', { name: 'Lacak' }).click()
    await page.locator('.track-result').waitFor({ timeout: 15_000 })
    const shown = await page.locator('.track-result').textContent()
    expect(shown).toContain('Sedang diverifikasi')
    expect(shown).toContain('Berkas Anda sedang kami periksa.')
    await axe(page, 'lacak: hasil')

    const plain = await withoutJs.newPage()
    await plain.goto(`${site}/lacak/`)
    await plain.getByLabel('Kode pelacakan').fill(applicationCode)
    await plain.getByLabel(/4 angka terakhir/).fill('3030')
    await plain.getByRole('button', { name: 'Lacak' }).click()
    await plain.waitForURL(/\/api\/public\/track\?/)
    expect(await plain.locator('body').textContent()).toContain('Berkas Anda sedang kami periksa.')
  })

  it('has no WCAG 2.2 AA violations on any form step', () => {
    expect(axeReport).toEqual([])
  })
})
