import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { axeViolations } from '../support/axe'
import { loginAs } from '../support/session'

const SECTIONS = ['helpdesk', 'bekostiging', 'rod', 'rio', 'osr', 'xbrl', 'beheer'] as const
type Portal = Awaited<ReturnType<typeof startPortal>>

let portal: Portal
let browser: Browser

beforeAll(async () => {
  portal = await startPortal(9180)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

/** A fresh browser context, logged in as a persona with both eHerkenning machtigingen. */
async function newPage(options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options })
  const page = await context.newPage()
  await loginAs(page, portal.url, 'beheerder-po')
  return page
}

/** Client-side navigation through the shell's router (the portal's own diagnostics handle). */
async function pushRoute(page: Page, path: string): Promise<void> {
  await page.waitForFunction(
    () => 'router' in ((window as never as { __duoPortal?: object }).__duoPortal ?? {}),
  )
  await page.evaluate(
    () => (window as never as { __duoPortal: { ready: Promise<unknown> } }).__duoPortal.ready,
  )
  await page.evaluate(
    (p) =>
      (
        window as never as { __duoPortal: { router: { push(p: string): Promise<void> } } }
      ).__duoPortal.router.push(p),
    path,
  )
}

function title(id: string): string {
  const meta = JSON.parse(
    readFileSync(new URL(`../../apps/${id}/dist/section.json`, import.meta.url), 'utf8'),
  )
  return meta.title.nl
}

describe('the shell with seven sections loaded at run time', () => {
  it('renders every section landing page inside the shell, each from its own origin', async () => {
    const page = await newPage()
    const sectionOrigins = new Set<string>()
    page.on('request', (req) => {
      const origin = new URL(req.url()).origin
      if (origin !== portal.url) sectionOrigins.add(origin)
    })
    await page.goto(portal.url)
    await expect(page.locator('h1').innerText()).resolves.toBe('Welkom bij Mijn DUO')
    // Nothing of any section is fetched for a page that shows none.
    expect([...sectionOrigins]).toEqual([])
    for (const id of SECTIONS) {
      await page.goto(`${portal.url}/${id}/`)
      await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
        title(id),
      )
      await expect(page.locator('header').innerText()).resolves.toContain('Mijn DUO')
    }
    expect([...sectionOrigins].sort()).toEqual(
      Object.values(portal.ports.sections)
        .map((p) => `http://localhost:${p}`)
        .sort(),
    )
  })

  it('shares one Vue, Pinia, vue-router and vue-i18n across the shell and all sections', async () => {
    const page = await newPage()
    for (const id of SECTIONS) {
      await page.goto(`${portal.url}/${id}/`)
      await page.locator('main h1').first().waitFor({ timeout: 15_000 })
    }
    // Within one page: navigate client-side so every section is loaded into the same runtime.
    await page.goto(`${portal.url}/`)
    for (const id of SECTIONS) {
      await pushRoute(page, `/${id}/`)
      await page
        .locator(`[data-section="${id}"] main h1, [data-section="${id}"] h1`)
        .first()
        .waitFor({ timeout: 15_000 })
    }
    const report = await page.evaluate(() =>
      (window as never as { __duoPortal: { singletons(): unknown } }).__duoPortal.singletons(),
    )
    expect(report).toEqual(
      Object.fromEntries(
        SECTIONS.map((id) => [id, { vue: true, pinia: true, vueRouter: true, vueI18n: true }]),
      ),
    )
    expect(await page.locator('[data-v-app]').count()).toBe(1)
  })

  it('supports deep links and back/forward between sections', async () => {
    const page = await newPage()
    // A deep link into a page of one section the persona may open, then another section.
    await page.goto(`${portal.url}/helpdesk/meldingen`)
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      'Meldingen',
    )
    await page.goto(`${portal.url}/rio/`)
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      title('rio'),
    )
    await page.getByRole('link', { name: 'Home' }).click()
    await expect(page.locator('main h1').first().innerText()).resolves.toBe('Welkom bij Mijn DUO')
    await page.goBack()
    await expect(page.locator('main h1').first().innerText()).resolves.toBe(title('rio'))
    await page.goBack()
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      'Meldingen',
    )
    expect(new URL(page.url()).pathname).toBe('/helpdesk/meldingen')
    // Every page is titled after its heading (WCAG 2.4.2), section pages too.
    await page.waitForFunction(() => document.title === 'Meldingen – Mijn DUO voor schoolbesturen')
    await page.goForward()
    await expect(page.locator('main h1').first().innerText()).resolves.toBe(title('rio'))
  })

  it('shows the fallback for a section that is down, keeps the rest working, and loads it after a retry', async () => {
    const page = await newPage()
    const restart = await portal.stopSection('osr')
    try {
      await page.goto(`${portal.url}/osr/`)
      const panel = page.getByTestId('section-unavailable')
      await expect(panel.locator('h1').innerText({ timeout: 15_000 })).resolves.toBe(
        'Deze sectie is tijdelijk niet beschikbaar',
      )
      // The rest of the portal keeps working in the same page.
      await pushRoute(page, '/rod/')
      await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
        title('rod'),
      )
      await page.goBack()
      await panel.waitFor()
    } finally {
      await restart()
    }
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click()
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      title('osr'),
    )
  })

  it('does not hang on a section that accepts connections but never answers', async () => {
    const page = await newPage()
    const restart = await portal.stopSection('xbrl')
    await restart({ mode: 'hang' })
    try {
      const started = Date.now()
      await page.goto(`${portal.url}/xbrl/`)
      // The frame is there at once; the section's area shows the fallback after the timeout.
      await page.locator('header nav').waitFor({ timeout: 5_000 })
      await page.getByTestId('section-unavailable').waitFor({ timeout: 20_000 })
      expect(Date.now() - started).toBeLessThan(20_000)
      await expect(page.getByTestId('section-unavailable').innerText()).resolves.toContain(
        'niet op tijd',
      )
      await page.getByRole('link', { name: 'Home' }).click()
      await expect(page.locator('main h1').first().innerText()).resolves.toBe('Welkom bij Mijn DUO')
    } finally {
      const again = await portal.stopSection('xbrl')
      await again()
    }
  })

  it('refuses a section built against another major contract version with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-rio-v2-'))
    cpSync(new URL('../../apps/rio/dist', import.meta.url), dir, { recursive: true })
    const meta = JSON.parse(readFileSync(join(dir, 'section.json'), 'utf8'))
    writeFileSync(join(dir, 'section.json'), JSON.stringify({ ...meta, contractVersion: '2.0' }))
    const restart = await portal.stopSection('rio')
    await restart({ dir })
    try {
      await new Promise((r) => setTimeout(r, 500)) // past the BFF's section.json cache
      const page = await newPage()
      await page.goto(`${portal.url}/rio/`)
      const panel = page.getByTestId('section-unavailable')
      await panel.waitFor({ timeout: 15_000 })
      await expect(panel.innerText()).resolves.toContain('gebouwd voor portaalcontract 2.0')
    } finally {
      const back = await portal.stopSection('rio')
      await back()
    }
  })

  it('switches the whole portal, sections included, to English', async () => {
    const page = await newPage()
    await page.goto(`${portal.url}/rod/`)
    await page.locator('main h1').first().waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('main h1').first().innerText()).resolves.toBe(
      'Register of Education Participants (ROD)',
    )
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.getByRole('link', { name: 'Skip to content' }).count()).resolves.toBe(1)
  })

  it('has no axe-core violations on the home page, the login help and every landing page', async () => {
    // axe is injected as a script: allowed past the portal's CSP in this test only.
    const page = await newPage({ bypassCSP: true })
    const pages = [
      '/',
      '/hulp/inloggen',
      '/hulp/geen-machtiging',
      '/inloggen',
      '/account/koppelen',
      ...SECTIONS.map((id) => `/${id}/`),
    ]
    const found: Record<string, string[]> = {}
    for (const path of pages) {
      await page.goto(`${portal.url}${path}`)
      await page.locator('main h1').first().waitFor({ timeout: 15_000 })
      const violations = await axeViolations(page)
      if (violations.length) found[path] = violations
    }
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
