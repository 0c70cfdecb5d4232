import type { Page } from 'playwright-core'

/** Logs a demo persona in through the real redirect flow (BFF -> broker -> BFF). */
export async function loginAs(page: Page, portalUrl: string, persona: string): Promise<void> {
  await page.goto(`${portalUrl}/auth/login?login_hint=${encodeURIComponent(persona)}`)
  await page.waitForURL((url) => url.origin === portalUrl && !url.pathname.startsWith('/auth/'), {
    timeout: 20_000,
  })
  await page.getByTestId('session-bar').waitFor({ timeout: 10_000 })
}

/** Logs DUO staff in through DUO's own client on the broker (no eHerkenning). */
export async function loginAsStaff(page: Page, portalUrl: string, persona: string): Promise<void> {
  await page.goto(`${portalUrl}/auth/intern/login?login_hint=${encodeURIComponent(persona)}`)
  await page.waitForURL((url) => url.origin === portalUrl && !url.pathname.startsWith('/auth/'), {
    timeout: 20_000,
  })
  await page.getByTestId('session-bar').waitFor({ timeout: 10_000 })
}

/** Section ids in the main navigation, in order. */
export async function navSections(page: Page): Promise<string[]> {
  await page.locator('nav.duo-nav').waitFor()
  return page
    .locator('[data-section-link]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-section-link') ?? ''))
}
