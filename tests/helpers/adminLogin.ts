import type { Page } from 'playwright-core'

import { LOCAL_SEED_PASSWORD } from '../../cms/seed/password'

/**
 * Signs in to Payload's admin as a seeded account. A click on "Masuk" before the login form has
 * hydrated does nothing useful (the page reloads empty), which happens when the machine is busy;
 * so the form is used once the page is idle, and again if the first try did not get through.
 */
export async function loginToAdmin(page: Page, cmsURL: string, email: string) {
  await page.goto(`${cmsURL}/admin/login`)
  for (let attempt = 1; ; attempt++) {
    await page.waitForLoadState('networkidle')
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(LOCAL_SEED_PASSWORD)
    await page.getByRole('button', { name: 'Masuk' }).click()
    try {
      await page.waitForURL((address) => !address.pathname.endsWith('/login'), { timeout: 20_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}
