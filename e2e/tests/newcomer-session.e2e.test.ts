// Issue #15, item 2: the session expires with a warning first ("Blijf ingelogd"), the header
// follows when it is gone, a 401 from any call offers a login link back to the same page, and
// what was typed is put back after logging in again. The BFF's idle timeout is 40 s here.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { loginAs } from '../support/session'
import { pageReady } from '../support/layout'
import { axeViolations } from '../support/axe'

const BASE = 9820
const IDLE_SECONDS = 40
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser

beforeAll(async () => {
  portal = await startPortal(BASE, { DUO_SESSION_IDLE_SECONDS: String(IDLE_SECONDS) })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function newMelding(): Promise<Page> {
  // axe is injected as a script: allowed past the portal's CSP in these tests only.
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true })
  const page = await context.newPage()
  await loginAs(page, portal.url, 'helpdesk')
  await page.goto(`${portal.url}/helpdesk/meldingen/nieuw`)
  await pageReady(page)
  await page.locator('#melding-onderwerp').fill('Vraag over de teldatum')
  await page.locator('#melding-categorie').selectOption('bekostiging')
  await page.locator('#melding-omschrijving').fill('Welke teldatum geldt voor een nieuwe school?')
  return page
}

/** What the BFF says of the session, asked the way the shell asks (never extends it). */
async function sessie(page: Page) {
  return page.evaluate(async () => {
    const res = await fetch('/api/sessie', { headers: { 'X-DUO-Sessie-Peek': '1' } })
    return (await res.json()) as { ingelogd: boolean; verlooptOp: string | null }
  })
}

async function expectRestored(page: Page, extra = '') {
  await expect(page.locator('#melding-onderwerp').inputValue({ timeout: 15_000 })).resolves.toBe(
    'Vraag over de teldatum',
  )
  await page.waitForFunction(
    (want) =>
      (document.querySelector('#melding-omschrijving') as HTMLTextAreaElement)?.value === want,
    `Welke teldatum geldt voor een nieuwe school?${extra}`,
    { timeout: 10_000 },
  )
  await expect(page.locator('#melding-categorie').inputValue()).resolves.toBe('bekostiging')
  await expect(page.getByTestId('shell-status').innerText()).resolves.toContain(
    'Wat u had ingevuld, staat weer in het formulier.',
  )
  await expect(page.getByTestId('session-bar').innerText()).resolves.toContain('Ingelogd als')
}

describe('the session expires', () => {
  it('warns first; "Blijf ingelogd" extends it; then it ends, and the input comes back after a new login', async () => {
    const page = await newMelding()
    // The warning comes 20 s before the end (40 s idle), announced as an alert dialog.
    const dialog = page.getByTestId('session-warning')
    await dialog.waitFor({ state: 'visible', timeout: 35_000 })
    await expect(dialog.getAttribute('role')).resolves.toBe('alertdialog')
    await expect(dialog.locator('[role="timer"]').innerText()).resolves.toMatch(/^0:[0-2]\d$/)
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Blijf ingelogd',
    )
    expect(await axeViolations(page)).toEqual([])
    const before = await sessie(page)
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    const after = await sessie(page)
    expect(Date.parse(after.verlooptOp!)).toBeGreaterThan(Date.parse(before.verlooptOp!) + 5000)
    await expect(page.getByTestId('shell-status').innerText()).resolves.toContain(
      'U blijft ingelogd.',
    )

    // Now nobody answers: the warning comes again, and then the session ends.
    await dialog.waitFor({ state: 'visible', timeout: 35_000 })
    const notice = page.getByTestId('session-expired')
    await notice.waitFor({ timeout: 35_000 })
    await expect(notice.innerText()).resolves.toContain('U bent niet meer ingelogd')
    // Focus was in the dialog: it moves to the notice, not to the top of the page.
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('session-expired')
    // The header no longer claims a session.
    await expect(page.getByTestId('session-bar').count()).resolves.toBe(0)
    await expect(page.locator('header').innerText()).resolves.not.toContain('Ingelogd als')
    await expect(page.locator('header').innerText()).resolves.toContain('Niet meer ingelogd')
    await expect((await sessie(page)).ingelogd).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    // The form is still there; typing on is kept too.
    await page.locator('#melding-omschrijving').press('End')
    await page.locator('#melding-omschrijving').pressSequentially(' Graag snel.')
    const link = notice.getByRole('link')
    await expect(link.getAttribute('href')).resolves.toBe(
      '/auth/login?terug=%2Fhelpdesk%2Fmeldingen%2Fnieuw',
    )
    // Drafts live in sessionStorage only, never as files on the server.
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('duo.concept:')),
    )
    expect(stored.length).toBeGreaterThan(0)

    await link.click()
    await page.waitForURL(`${portal.url}/helpdesk/meldingen/nieuw`, { timeout: 20_000 })
    await pageReady(page)
    await expectRestored(page, ' Graag snel.')
    await page.context().close()
  }, 180_000)

  it('a 401 from a call (the session gone on the server) offers the login link, and keeps the input', async () => {
    const page = await newMelding()
    // The session is gone (expired, or ended elsewhere): only the portal's cookie, the broker's
    // single sign-on stays.
    await page.context().clearCookies({ name: '__Host-duo-sessie' })
    await page.locator('main button[type="submit"]').click()
    const notice = page.getByTestId('session-expired')
    await notice.waitFor({ timeout: 10_000 })
    await expect(page.locator('header').innerText()).resolves.toContain('Niet meer ingelogd')
    // The section's own message stays; the notice adds the way back.
    await expect(page.locator('main').innerText()).resolves.toContain('U bent niet (meer) ingelogd')
    await notice.getByRole('link').click()
    await page.waitForURL(`${portal.url}/helpdesk/meldingen/nieuw`, { timeout: 20_000 })
    await pageReady(page)
    await expectRestored(page)

    // Sent now: the draft is gone, nothing lingers in the browser.
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL(/\/helpdesk\/meldingen\/[^/]+\?nieuw=1$/, { timeout: 15_000 })
    await pageReady(page)
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('duo.concept:')),
    )
    expect(stored).toEqual([])
    await page.context().close()
  }, 90_000)

  it('logging out on purpose forgets every draft', async () => {
    const page = await newMelding()
    await page.waitForTimeout(500)
    await page.locator('form[action="/auth/logout"] button').first().click()
    await page.waitForURL((u) => u.origin === portal.url, { timeout: 20_000 })
    const stored = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((k) => k.startsWith('duo.concept:')),
    )
    expect(stored).toEqual([])
    await page.context().close()
  }, 60_000)
})
