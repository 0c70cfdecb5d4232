// Issue #15, items 3, 4, 5, 9, 10, 11 and 12 in the browser: unknown URLs inside a section, a
// page without the role, staff menus, why a section is missing from the home page, texts that
// follow a language switch, focus and aria-current, and compressed answers.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { loginAs, loginAsStaff, navSections } from '../support/session'
import { nestedLiveRegions, pageReady } from '../support/layout'
import { axeViolations } from '../support/axe'

const BASE = 9840
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser

/**
 * The XBRL section's description as a fixture, so these tests do not depend on the XBRL team's
 * build of the moment: the home page needs only its section.json, no code.
 */
const label = (nl: string, en = nl) => ({ nl, en })
const XBRL = {
  id: 'xbrl',
  contractVersion: '1.1',
  version: '1.0.0',
  title: label('XBRL onderwijsportaal', 'XBRL education portal'),
  description: label('Jaarcijfers aanleveren.', 'Submit annual figures.'),
  dienst: 'mijn-duo',
  nav: [
    { path: '', label: label('Overzicht', 'Overview') },
    {
      path: 'aanleveren',
      label: label('Aanleveren', 'Submit'),
      permission: 'xbrl.jaarverantwoording.indienen',
    },
    {
      path: 'overzicht',
      label: label('Aanleveringen', 'Submissions'),
      permission: 'xbrl.jaarverantwoording.raadplegen',
    },
  ],
}

beforeAll(async () => {
  portal = await startPortal(BASE)
  const dir = mkdtempSync(join(tmpdir(), 'duo-xbrl-'))
  writeFileSync(join(dir, 'section.json'), JSON.stringify(XBRL))
  const restart = await portal.stopSection('xbrl')
  await restart({ dir })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function pageAs(persona: string, staff = false): Promise<Page> {
  // axe is injected as a script: allowed past the portal's CSP in these tests only.
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true })
  const page = await context.newPage()
  if (staff) await loginAsStaff(page, portal.url, persona)
  else await loginAs(page, portal.url, persona)
  return page
}

const switchLanguage = (page: Page) => page.locator('header button[lang]').click()

describe('inside a section', () => {
  it('shows "Pagina niet gevonden" in the section frame for an unknown URL, with a title', async () => {
    const page = await pageAs('beheerder-po')
    for (const [path, section] of [
      ['/beheer/nope', 'beheer'],
      ['/helpdesk/meldingen/abc/def', 'helpdesk'],
    ] as const) {
      await page.goto(`${portal.url}${path}`)
      await expect(pageReady(page)).resolves.toBe('Pagina niet gevonden')
      const notFound = page.locator(
        `[data-section="${section}"] .duo-section__page [data-testid="section-not-found"]`,
      )
      await expect(notFound.count()).resolves.toBe(1)
      expect(await axeViolations(page)).toEqual([])
      await expect(
        page.locator(`[data-section="${section}"] nav.duo-section__nav`).count(),
      ).resolves.toBe(1)
      await page.waitForFunction(
        () => document.title === 'Pagina niet gevonden – Mijn DUO voor schoolbesturen',
      )
    }
    // Also when reached inside the portal, not only as the first page.
    await page.goto(`${portal.url}/helpdesk/`)
    await pageReady(page)
    await page.evaluate(() =>
      (
        window as never as { __duoPortal: { router: { push(p: string): Promise<void> } } }
      ).__duoPortal.router.push('/helpdesk/bestaat/niet'),
    )
    await expect(pageReady(page)).resolves.toBe('Pagina niet gevonden')
    await page.context().close()
  })

  it("refuses a page without the role with the reason, and never shows the page's content", async () => {
    const page = await pageAs('raadpleger')
    await page.goto(`${portal.url}/beheer/aanmeldingen`)
    await expect(pageReady(page)).resolves.toBe('Geen toegang tot Werkvoorraad aanmeldingen')
    const panel = page.getByTestId('no-access')
    await expect(panel.innerText()).resolves.toContain('DUO security servicedesk')
    await expect(page.locator('main table').count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
    // The reason follows a language switch (both languages come from @duo/authz).
    await switchLanguage(page)
    await expect(page.locator('main h1').first().innerText()).resolves.toBe(
      'No access to Registration queue',
    )
    await expect(panel.innerText()).resolves.toContain('Only a DUO employee')
    await expect(panel.innerText()).resolves.not.toContain('Dit kan alleen')
    await page.context().close()
  })

  it('gives DUO staff staff menus, and refuses them the pages for besturen', async () => {
    const page = await pageAs('servicedesk', true)
    await page.goto(`${portal.url}/beheer/`)
    await pageReady(page)
    expect(await navSections(page)).toEqual(['beheer'])
    const sub = await page.locator('nav.duo-section__nav a').allInnerTexts()
    expect(sub.map((s) => s.trim())).toEqual(['Overzicht', 'Werkvoorraad aanmeldingen', 'Logboek'])
    await page.goto(`${portal.url}/beheer/aanmelding`)
    await expect(pageReady(page)).resolves.toBe('Geen toegang tot Aanmelding beheerders')
    await expect(page.getByTestId('no-access').getAttribute('data-reden')).resolves.toBe(
      'alleen-bestuur',
    )
    await page.goto(`${portal.url}/beheer/mijn-rollen`)
    await expect(pageReady(page)).resolves.toBe('Geen toegang tot Mijn rollen')
    // The home page lists no sections for besturen to DUO staff.
    await page.goto(`${portal.url}/`)
    await pageReady(page)
    await expect(page.getByTestId('sections-unavailable').count()).resolves.toBe(0)
    await page.context().close()
  })
})

describe('the home page explains what is missing', () => {
  it('tells a raadpleger at EH2+ that the role is missing for XBRL, not to log in at EH3', async () => {
    const page = await pageAs('raadpleger')
    await page.goto(`${portal.url}/`)
    await pageReady(page)
    const xbrl = page.locator('[data-section-missing="xbrl"] dd')
    await expect(xbrl.getAttribute('data-reden')).resolves.toBe('rol-ontbreekt')
    const text = await xbrl.innerText()
    expect(text).toContain('Medewerker verantwoording')
    expect(text).toContain('beheerder bekostiging en opleidingen')
    expect(text).not.toContain('EH3')
    expect(await axeViolations(page)).toEqual([])
    await switchLanguage(page)
    await expect(
      page.getByRole('heading', { name: 'Sections you cannot use' }).count(),
    ).resolves.toBe(1)
    await expect(xbrl.innerText()).resolves.toContain('You need the role')
    await expect(page.locator('main').innerText()).resolves.toContain('kenmerk (scope code)')
    await page.context().close()
  })

  it('tells the medewerker verantwoording on EH2 to log in at EH3', async () => {
    const page = await pageAs('verantwoording-eh2')
    await page.goto(`${portal.url}/`)
    await pageReady(page)
    const xbrl = page.locator('[data-section-missing="xbrl"] dd')
    await expect(xbrl.getAttribute('data-reden')).resolves.toBe('niveau-te-laag')
    await expect(xbrl.innerText()).resolves.toContain('EH3')
    await page.context().close()
  })

  it('names the missing machtiging', async () => {
    const page = await pageAs('helpdesk')
    await page.goto(`${portal.url}/`)
    await pageReady(page)
    const xbrl = page.locator('[data-section-missing="xbrl"] dd')
    await expect(xbrl.getAttribute('data-reden')).resolves.toBe('geen-machtiging')
    await expect(xbrl.innerText()).resolves.toContain('Mijn DUO voor zakelijke klanten')
    await page.context().close()
  })
})

describe('focus and the current page', () => {
  it('moves focus to the new heading after a navigation and marks the current page', async () => {
    const page = await pageAs('beheerder-po')
    await page.goto(`${portal.url}/`)
    await pageReady(page)
    await expect(page.locator('nav.duo-nav a[aria-current="page"]').innerText()).resolves.toBe(
      'Home',
    )
    await page.locator('nav.duo-nav a[data-section-link="helpdesk"]').click()
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, {
      timeout: 15_000,
    })
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Mijn Helpdesk po',
    )
    await expect(
      page.locator('nav.duo-nav a[data-section-link="helpdesk"]').getAttribute('aria-current'),
    ).resolves.toBe('page')
    await page.locator('nav.duo-section__nav a', { hasText: 'Meldingen' }).click()
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'H1' &&
        document.activeElement.textContent?.trim() === 'Meldingen',
      null,
      { timeout: 15_000 },
    )
    // In the section: the section is "true" in the main menu, the page "page" in its own menu.
    await expect(
      page.locator('nav.duo-nav a[data-section-link="helpdesk"]').getAttribute('aria-current'),
    ).resolves.toBe('true')
    await expect(
      page.locator('nav.duo-section__nav a[aria-current="page"]').innerText(),
    ).resolves.toBe('Meldingen')
    expect(await nestedLiveRegions(page)).toEqual([])
    await page.context().close()
  })
})

describe('weight', () => {
  it('sends the shell, the API and the sections compressed', async () => {
    const page = await pageAs('beheerder-po')
    const encodings = new Map<string, string>()
    const pending: Promise<void>[] = []
    page.on('response', (res) => {
      const url = new URL(res.url())
      const kind = url.pathname.startsWith('/api/')
        ? 'api'
        : url.origin === portal.url
          ? 'shell'
          : 'section'
      const type = res.headers()['content-type'] ?? ''
      if (!/javascript|css|json|html/.test(type) || res.status() !== 200) return
      pending.push(
        res.body().then(
          (body) => {
            // Below 1 kB compression is not worth its bytes: those files go as they are.
            if (body.length >= 1024)
              encodings.set(`${kind} ${url.pathname}`, res.headers()['content-encoding'] ?? 'none')
          },
          () => {},
        ),
      )
    })
    await page.goto(`${portal.url}/helpdesk/meldingen`)
    await pageReady(page)
    await Promise.all(pending)
    const of = (kind: string) =>
      [...encodings].filter(([k]) => k.startsWith(kind)).map(([, v]) => v)
    expect(of('shell').length).toBeGreaterThan(3)
    expect(new Set(of('shell'))).toEqual(new Set(['br']))
    expect(new Set(of('section'))).toEqual(new Set(['br']))
    // JSON is gzipped when it is worth it (1 kB and more).
    expect(encodings.get('api /api/me')).toBe('gzip')
    const css = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.css'))
        .map((e) => (e as PerformanceResourceTiming).decodedBodySize),
    )
    // Only the Rijkshuisstijl components the portal uses: about half of the 434 kB before.
    expect(Math.max(...css)).toBeLessThan(250_000)
    await page.context().close()
  })
})

describe('wording and languages in the shell', () => {
  it('titles error summaries "Controleer uw invoer" and switches every message with the language', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(`${portal.url}/inloggen`)
    await pageReady(page)
    const form = page.locator('main form').first()
    // The token login of old Mijn DUO accounts is open "voorlopig" (DUO_TOKEN_TOT unset).
    await expect(form.count()).resolves.toBeGreaterThan(0)
    await form.locator('button[type="submit"]').click()
    const summary = page.locator('.duo-error-summary')
    await summary.waitFor()
    await expect(summary.locator('h2').innerText()).resolves.toBe('Controleer uw invoer')
    await switchLanguage(page)
    await expect(summary.locator('h2').innerText()).resolves.toBe('Please check your input')
    const text = await page.locator('main').innerText()
    expect(text).not.toContain('Vul dit veld in')
    expect(text).toContain('Please fill in this field')
    await context.close()
  })
})
