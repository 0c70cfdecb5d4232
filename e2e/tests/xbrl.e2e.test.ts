/**
 * The XBRL onderwijsportaal in the browser, on a fixed day (16 May 2022: verslagjaar 2021 can be
 * submitted until 1 July): the medewerker verantwoording sees the demo concept's findings,
 * has a zip refused, uploads an instance with an error, fixes it (progress bars on the way),
 * previews the figures and submits; DUO's behandelaar assesses it. EH2+ is refused with the
 * reason, one flow by keyboard only, every page through axe, in English, and at 375 px.
 * Instances are written by the validator's own command line (`duo-xbrl generate`).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { startPortal } from '../support/portal'

const BASE = 9700
const DUO_XBRL = fileURLToPath(new URL('../../packages/xbrl/bin/duo-xbrl.mjs', import.meta.url))
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser
const found: Record<string, string[]> = {}
const gescand: string[] = []
let referentie = ''
let aanlevering = ''
const map = mkdtempSync(join(tmpdir(), 'duo-xbrl-e2e-'))

/** A valid instance of De Linde for 2021 (with `tekstMb` of text blocks), and a copy with one error. */
function instances(tekstMb: number) {
  const goed = join(map, `jaarverantwoording-41234-2021-${tekstMb}mb.xbrl`)
  execFileSync(process.execPath, [
    DUO_XBRL,
    'generate',
    '--bestuur',
    '41234',
    '--naam',
    'Stichting Openbaar Onderwijs De Linde',
    '--verslagjaar',
    '2021',
    '--seed',
    '21',
    '--tekst-mb',
    String(tekstMb),
    '--uit',
    goed,
  ])
  const tekst = readFileSync(goed, 'utf8')
  const fout = join(map, 'jaarverantwoording-41234-2021-fout.xbrl')
  writeFileSync(
    fout,
    tekst.replace(
      /(<ocw-i:Vorderingen [^>]*>)(\d+)/,
      (_m, a: string, w: string) => `${a}${Number(w) + 1000}`,
    ),
  )
  const regel = tekst.split('\n').findIndex((l) => l.includes('<ocw-i:VlottendeActiva ')) + 1
  return { goed, fout, regel }
}

beforeAll(async () => {
  portal = await startPortal(BASE, { DUO_NOW: '2022-05-16T10:00:00+02:00' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  // axe is injected as a script: allowed past the portal's CSP in these tests only.
  const context = await browser.newContext({
    locale: 'nl-NL',
    bypassCSP: true,
    acceptDownloads: true,
    ...options,
  })
  return context.newPage()
}

async function scan(page: Page, name: string) {
  gescand.push(name)
  const violations = await axeViolations(page)
  if (violations.length) found[name] = violations
}

async function open(page: Page, path: string, kop?: string) {
  await page.goto(`${portal.url}${path}`)
  await page.locator('main h1').first().waitFor({ timeout: 15_000 })
  if (kop)
    await page.waitForFunction(
      (k) => document.querySelector('main h1')?.textContent?.trim() === k,
      kop,
      { timeout: 15_000 },
    )
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'))
}

/** Records whether a progress bar was ever on the page (uploads and validations are quick here). */
const volgVoortgang = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { voortgang: string[] }
    w.voortgang = []
    new MutationObserver(() => {
      for (const b of Array.from(document.querySelectorAll('[role="progressbar"]')))
        w.voortgang.push(b.getAttribute('aria-valuenow') ?? '')
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
const voortgang = (page: Page) =>
  page.evaluate(() => (window as unknown as { voortgang: string[] }).voortgang)
const uitkomst = (page: Page, tekst: RegExp) =>
  page.waitForFunction(
    (bron) =>
      new RegExp(bron).test(
        document.querySelector('[data-testid="validatie-uitkomst"]')?.textContent ?? '',
      ),
    tekst.source,
    { timeout: 60_000 },
  )

describe('XBRL onderwijsportaal in the browser', () => {
  it('refuses a zip, finds an error with its line, takes the fixed file and submits it', async () => {
    const { goed, fout, regel } = instances(20)
    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    await open(page, '/xbrl/', 'XBRL onderwijsportaal')
    await expect(page.getByTestId('landing-termijn').innerText()).resolves.toContain(
      'Verslagjaar 2021: Concept',
    )
    await scan(page, 'landing')
    await open(page, '/xbrl/aanleveren', 'Jaarverantwoording aanleveren')
    await scan(page, 'aanleveren')
    await page.getByTestId('open-2021').click()
    await page.waitForFunction(
      () =>
        document.querySelector('main h1')?.textContent?.trim() ===
        'Jaarverantwoording 2021, versie 1',
    )
    aanlevering = page.url().split('/').pop()!
    // The demo concept: its findings per statement, each with the line to fix.
    await page.getByTestId('bevindingen').waitFor()
    await expect(page.getByTestId('bevindingen').innerText()).resolves.toMatch(/Regel \d+, kolom 3/)
    await scan(page, 'aanlevering met bevindingen')

    // A zip named .xbrl: refused with a clear error, nothing changes.
    const zip = join(map, 'jaarverantwoording.xbrl')
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4]))
    await page.locator('#xbrl-bestand').setInputFiles(zip)
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click()
    await page.locator('.duo-error-summary').waitFor()
    await expect(page.locator('#xbrl-bestand-fout').innerText()).resolves.toMatch(/zip-bestand/)
    await scan(page, 'upload geweigerd')

    // One error: found, with its line and column (the demo's findings, with an unused context, go).
    await page.locator('#xbrl-bestand').setInputFiles(fout)
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click()
    await page.waitForFunction(
      (r) => {
        const t = document.querySelector('[data-testid="bevindingen"]')?.textContent ?? ''
        return t.includes(`Regel ${r}, kolom 3`) && !t.includes('ONGEBRUIKT')
      },
      regel,
      { timeout: 60_000 },
    )
    await uitkomst(page, /Er zijn 2 fouten gevonden/)

    // The fixed file, 20 MB: progress while uploading and while checking, then valid.
    await volgVoortgang(page)
    await page.locator('#xbrl-bestand').setInputFiles(goed)
    await page.getByRole('button', { name: 'Uploaden en controleren' }).click()
    await uitkomst(page, /zonder fouten/)
    expect((await voortgang(page)).length).toBeGreaterThan(0)
    await expect(page.getByTestId('bevindingen').count()).resolves.toBe(0)
    await scan(page, 'aanlevering gevalideerd')

    await page.getByRole('link', { name: /Bekijk de balans/ }).click()
    await page.waitForFunction(() =>
      document.querySelector('main h1')?.textContent?.startsWith('Cijfers jaarverantwoording 2021'),
    )
    await page.getByTestId('kengetallen').waitFor()
    await expect(page.getByTestId('staat-balans').innerText()).resolves.toMatch(
      /Totaal activa\s+€\s[\d.]+/,
    )
    await scan(page, 'voorbeeld')
    await page.goBack()
    await page.getByTestId('indienen').waitFor({ timeout: 15_000 })

    await page.getByTestId('indienen').click()
    const dialog = page.locator('dialog[open]')
    await expect(dialog.innerText()).resolves.toContain('Jaarverantwoording 2021 indienen?')
    await dialog.getByRole('button', { name: 'Jaarverantwoording indienen' }).click()
    await page.getByTestId('referentie').waitFor()
    referentie = await page.getByTestId('referentie').innerText()
    expect(referentie).toMatch(/^JV-2022-[0-9A-F]{6}$/)
    await expect(page.locator('main').innerText()).resolves.toContain(
      `ingediend met referentie ${referentie}`,
    )
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    await scan(page, 'aanlevering ingediend')
  })

  it('lets DUO’s behandelaar take the submission into behandeling and accept it', async () => {
    const staff = await newPage()
    await loginAsStaff(staff, portal.url, 'xbrl-behandelaar')
    await open(staff, '/xbrl/behandeling', 'Ingediende jaarverantwoordingen')
    await staff.getByRole('link', { name: 'Jaarverantwoording 2021, versie 1' }).first().waitFor()
    await scan(staff, 'behandeling')
    await open(
      staff,
      `/xbrl/behandeling/${aanlevering}`,
      'Stichting Openbaar Onderwijs De Linde: jaarverantwoording 2021, versie 1',
    )
    await scan(staff, 'behandeling detail')
    for (const keuze of ['In behandeling', 'Geaccepteerd']) {
      await staff.getByLabel(keuze, { exact: true }).check()
      await staff.getByRole('button', { name: 'Beoordeling opslaan' }).click()
      await staff.waitForFunction(
        (l) =>
          document.querySelector('[data-testid="aanlevering-status"]')?.textContent?.includes(l),
        keuze,
      )
    }
    await expect(staff.getByRole('button', { name: 'Beoordeling opslaan' }).count()).resolves.toBe(
      0,
    )

    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    await open(page, '/xbrl/overzicht', 'Overzicht aanleveringen')
    const rij = page.locator('tbody tr', { hasText: referentie })
    await expect(rij.innerText({ timeout: 15_000 })).resolves.toContain('Geaccepteerd')
    await scan(page, 'overzicht')
  })

  it('starts a new aanlevering with the keyboard only', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    await open(page, '/xbrl/aanleveren', 'Jaarverantwoording aanleveren')
    await page.getByTestId('nieuw-2022').waitFor()
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      if (
        await page.evaluate(
          () => document.activeElement?.getAttribute('data-testid') === 'nieuw-2022',
        )
      )
        break
    }
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Nieuwe aanlevering 2022',
    )
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () =>
        document.querySelector('main h1')?.textContent?.trim() ===
        'Jaarverantwoording 2022, versie 1',
      null,
      { timeout: 15_000 },
    )
    // Sending without a file: the problem is listed and gets the focus.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      if (
        await page.evaluate(
          () => document.activeElement?.textContent?.trim() === 'Uploaden en controleren',
        )
      )
        break
    }
    await page.keyboard.press('Enter')
    await page.locator('.duo-error-summary').waitFor()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'alert',
    )
    await expect(page.locator('main').innerText()).resolves.toContain(
      'indienen vanaf 1 januari 2023',
    )
    await scan(page, 'nieuwe aanlevering (toetsenbord)')
  })

  it('refuses the same person at EH2+ with the reason, in the page and in the API', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording-eh2')
    await open(page, '/xbrl/aanleveren', 'Geen toegang tot Jaarverantwoording aanleveren')
    await expect(page.locator('main').innerText()).resolves.toMatch(
      /niveau EH3 of hoger\. U bent ingelogd met niveau EH2\+/,
    )
    const status = await page.evaluate(
      async () => (await fetch('/api/xbrl/jaarverantwoordingen')).status,
    )
    expect(status).toBe(403)
    await scan(page, 'aanleveren EH2+')
  })

  it('speaks English on every page, without a Dutch word of its own left', async () => {
    const page = await newPage()
    await page.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
    await loginAs(page, portal.url, 'verantwoording')
    const paginas: Array<[string, string]> = [
      ['/xbrl/', 'XBRL education portal'],
      ['/xbrl/aanleveren', 'Submit annual report'],
      ['/xbrl/overzicht', 'Submissions'],
      [`/xbrl/aanleveringen/${aanlevering}`, 'Jaarverantwoording 2021, version 1'],
      [
        `/xbrl/aanleveringen/${aanlevering}/voorbeeld`,
        'Figures of jaarverantwoording 2021, version 1',
      ],
    ]
    for (const [path, kop] of paginas) {
      await open(page, path, kop)
      const tekst = await page.locator('main').innerText()
      expect(tekst, path).not.toMatch(/\bxbrl\.[a-z]/)
      expect(tekst, path).not.toMatch(
        /\b(Verder met|Nieuwe aanlevering|Bezig met laden|Geschiedenis|Indienen|Controle|Totaal activa|Gecontroleerd|Bestand)\b/,
      )
    }
    await expect(page.locator('main').innerText()).resolves.toContain('Total assets')
    await scan(page, 'voorbeeld (English)')
  })

  it('never scrolls sideways at 375 px', async () => {
    const breed: string[] = []
    const meet = async (page: Page, path: string) => {
      await open(page, path)
      const [scroll, breedte] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ])
      if (scroll > breedte) breed.push(`${path}: ${scroll} > ${breedte}`)
    }
    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    await page.setViewportSize({ width: 375, height: 800 })
    const concept = await page.evaluate(async () => {
      const j = await (await fetch('/api/xbrl/jaarverantwoordingen')).json()
      return j.verslagjaren.find((v: { verslagjaar: number }) => v.verslagjaar === 2022).laatste
        .id as string
    })
    for (const path of [
      '/xbrl/',
      '/xbrl/aanleveren',
      '/xbrl/overzicht',
      `/xbrl/aanleveringen/${aanlevering}`,
      `/xbrl/aanleveringen/${aanlevering}/voorbeeld`,
      `/xbrl/aanleveringen/${concept}`,
    ])
      await meet(page, path)
    const staff = await newPage()
    await loginAsStaff(staff, portal.url, 'xbrl-behandelaar')
    await staff.setViewportSize({ width: 375, height: 800 })
    for (const path of ['/xbrl/behandeling', `/xbrl/behandeling/${aanlevering}`])
      await meet(staff, path)
    expect(breed).toEqual([])
  })

  it('finds no axe-core violations on any XBRL page', () => {
    expect(gescand.length).toBeGreaterThanOrEqual(12)
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
