// Issue #15, items 1 and 11: every page of the shell and of helpdesk and beheer reflows at
// 375 px and at 640 px (1280 px at 200 % zoom), the header and the section menu fold away on a
// narrow screen, and no live region sits inside another.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { loginAs, loginAsStaff } from '../support/session'
import { nestedLiveRegions, overflowX, pageReady } from '../support/layout'

const BASE = 9800
const WIDTHS = [375, 640] as const
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser

beforeAll(async () => {
  portal = await startPortal(BASE)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

type Who = { persona: string | null; staff?: boolean }
async function pageAs(who: Who): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  if (who.persona && who.staff) await loginAsStaff(page, portal.url, who.persona)
  else if (who.persona) await loginAs(page, portal.url, who.persona)
  return page
}

/** The first link to a detail page in a list, e.g. a melding. */
async function firstDetail(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(`${portal.url}${list}`)
  await pageReady(page)
  const href = await page
    .locator(`main a[href^="${prefix}"]`)
    .first()
    .getAttribute('href', { timeout: 15_000 })
  return href!
}

async function checkPages(who: Who, paths: string[], widths: readonly number[] = WIDTHS) {
  const page = await pageAs(who)
  const problems: string[] = []
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 })
      for (const path of paths) {
        await page.goto(`${portal.url}${path}`)
        const title = await pageReady(page)
        const { px, culprits } = await overflowX(page)
        if (px > 0)
          problems.push(`${width}px ${path} (${title}): ${px}px too wide: ${culprits.join(', ')}`)
        const nested = await nestedLiveRegions(page)
        if (nested.length)
          problems.push(`${width}px ${path}: nested live regions ${nested.join('; ')}`)
      }
    }
  } finally {
    await page.context().close()
  }
  expect(problems).toEqual([])
}

describe('reflow of every page (WCAG 1.4.10)', () => {
  it("the shell's own pages, logged out", async () => {
    await checkPages({ persona: null }, [
      '/',
      '/inloggen',
      '/hulp/inloggen',
      '/hulp/geen-machtiging',
      '/bestaat-niet',
      '/helpdesk/meldingen',
    ])
  })

  it('the home page, helpdesk and beheer for a beheerder po', async () => {
    const page = await pageAs({ persona: 'beheerder-po' })
    const melding = await firstDetail(page, '/helpdesk/meldingen', '/helpdesk/meldingen/')
    await page.context().close()
    await checkPages({ persona: 'beheerder-po' }, [
      '/',
      '/account/koppelen',
      '/helpdesk/',
      '/helpdesk/meldingen',
      '/helpdesk/meldingen/nieuw',
      melding.replace('/nieuw', ''),
      '/helpdesk/contact',
      '/helpdesk/archief',
      '/helpdesk/meldingen/abc/def',
      '/beheer/',
      '/beheer/mijn-rollen',
      '/beheer/autorisaties',
      '/beheer/aanmelding',
      '/beheer/aanmeldingen',
      '/beheer/logboek',
    ])
  })

  it("the helpdesk's and the servicedesk's queues", async () => {
    const page = await pageAs({ persona: 'helpdeskmedewerker', staff: true })
    const detail = await firstDetail(page, '/helpdesk/werkvoorraad', '/helpdesk/werkvoorraad/')
    await page.context().close()
    await checkPages({ persona: 'helpdeskmedewerker', staff: true }, [
      '/',
      '/helpdesk/werkvoorraad',
      detail,
    ])
    await checkPages({ persona: 'servicedesk', staff: true }, [
      '/',
      '/beheer/',
      '/beheer/aanmeldingen',
      '/beheer/logboek',
    ])
  })

  it('the logboek also at 1280 px', async () => {
    await checkPages({ persona: 'beheerder-po' }, ['/beheer/logboek'], [1280])
    await checkPages({ persona: 'servicedesk', staff: true }, ['/beheer/logboek'], [1280])
  })
})

describe('the header and the section menu on a narrow screen', () => {
  it('fold behind menu buttons, so the page heading starts near the top', async () => {
    const page = await pageAs({ persona: 'beheerder-po' })
    await page.setViewportSize({ width: 375, height: 800 })
    await page.goto(`${portal.url}/helpdesk/meldingen`)
    await pageReady(page)
    const top = await page
      .locator('main h1')
      .first()
      .evaluate((h) => h.getBoundingClientRect().top)
    expect(top).toBeLessThan(320)

    const menu = page.getByTestId('menu-button')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.locator('nav.duo-nav').isVisible()).resolves.toBe(false)
    await expect(page.getByTestId('session-bar').isVisible()).resolves.toBe(false)
    await menu.click()
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(page.locator('nav.duo-nav').isVisible()).resolves.toBe(true)
    await expect(page.getByTestId('session-bar').innerText()).resolves.toContain('Ingelogd als')
    // Escape closes it and puts focus back on the button.
    await page.locator('nav.duo-nav a').first().focus()
    await page.keyboard.press('Escape')
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('menu-button')

    const sub = page.getByTestId('section-menu-button')
    await expect(sub.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(page.locator('nav.duo-section__nav').isVisible()).resolves.toBe(false)
    await sub.click()
    await page.locator('nav.duo-section__nav a', { hasText: 'Nieuwe melding' }).click()
    await expect(pageReady(page)).resolves.toBe('Nieuwe melding')
    // After a navigation the section menu is folded again.
    await expect(sub.getAttribute('aria-expanded')).resolves.toBe('false')

    // On a wide screen nothing is folded and the buttons are gone.
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect(menu.isVisible()).resolves.toBe(false)
    await expect(page.locator('nav.duo-nav').isVisible()).resolves.toBe(true)
    await expect(page.locator('nav.duo-section__nav').isVisible()).resolves.toBe(true)
    await page.context().close()
  })
})
