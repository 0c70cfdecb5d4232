import { readFileSync } from 'node:fs'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { startPortal } from '../support/portal'

const BASE = 9400
/** A page's own content (not only its heading): a table, a form, a list, or why not. */
const INHOUD =
  'main table, main form, main [data-testid="geen-toegang"], main .duo-empty-state, main dl, main .duo-cards'
let portal: { url: string; stop(): Promise<void> }
let browser: Browser
const found: Record<string, string[]> = {}
/** Pages visited, for the English and the 375 px checks at the end. */
const bezocht: Array<{ persona: string; staff: boolean; path: string }> = []

beforeAll(async () => {
  // Spring 2024: the demo register's last schooljaar runs; every ROD page is open.
  portal = await startPortal(BASE, { DUO_NOW: '2024-04-15T10:00:00+02:00' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function newPage(): Promise<Page> {
  // axe is injected as a script: allowed past the portal's CSP in these tests only.
  const context = await browser.newContext({
    locale: 'nl-NL',
    bypassCSP: true,
    acceptDownloads: true,
  })
  return context.newPage()
}

async function als(persona: string, staff = false): Promise<Page> {
  const page = await newPage()
  if (staff) await loginAsStaff(page, portal.url, persona)
  else await loginAs(page, portal.url, persona)
  ;(page as Page & { persona?: string }).persona = persona
  return page
}

/** Opens a page of the section, waits for its own content, and checks it with axe. */
async function open(page: Page, path: string, naam: string, staff = false) {
  await page.goto(`${portal.url}${path}`)
  await page.locator('main h1').first().waitFor({ timeout: 15_000 })
  await page.locator(INHOUD).first().waitFor({ timeout: 15_000 })
  await scan(page, naam)
  const persona = (page as Page & { persona?: string }).persona ?? ''
  if (!bezocht.some((b) => b.path === path)) bezocht.push({ persona, staff, path })
}

async function scan(page: Page, name: string) {
  const violations = await axeViolations(page)
  if (violations.length) found[name] = violations
}

const utf8 = (buf: Buffer) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf)

let verzoekPad = ''
let dossierPad = ''
let pgn = ''

describe('ROD in the browser', () => {
  it('shows the schoolleiding of 12AB the school dashboard with charts and tables', async () => {
    const page = await als('schoolleiding-12ab')
    await open(page, '/rod/', 'landing')
    await open(page, '/rod/dashboard-school', 'dashboard school')
    await expect(page.locator('main h1').first().innerText()).resolves.toBe('Dashboard ROD school')
    await expect(page.getByTestId('dashboard-scope').innerText()).resolves.toContain(
      'OBS De Regenboog (12AB), schooljaar 2023-2024',
    )
    // The chart library arrives with the first chart: a canvas per chart, each named.
    await page.locator('main canvas[role="img"]').first().waitFor({ timeout: 15_000 })
    expect(await page.locator('main canvas[role="img"]').count()).toBe(3)
    const captions = await page.locator('main caption').allInnerTexts()
    expect(captions).toContain('Leerlingen per leerjaar op de teldatum')
    await scan(page, 'dashboard school met grafieken')
    // The bestuur dashboard says why not (the shell, or the page itself, gives authz's reason).
    await page.goto(`${portal.url}/rod/dashboard-bestuur`)
    await page
      .locator('main', { hasText: 'Medewerker bestuur ROD met kenmerk 41234' })
      .waitFor({ timeout: 15_000 })
    await scan(page, 'dashboard bestuur geweigerd')
  })

  it('requests a file with the keyboard only, follows its progress, and downloads it', async () => {
    const page = await als('schoolleiding-12ab')
    await open(page, '/rod/bestanden', 'bestanden')
    // Keyboard only: from the first radio button to the submit button.
    await page.locator('#bestand-soort').focus()
    await page.keyboard.press('ArrowDown') // niveau vo
    await page.keyboard.press('ArrowUp') // schooladviezen
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'bestand-schooljaar',
    )
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('bestand-school')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page
      .locator('main article .duo-live-region', { hasText: 'wordt gemaakt' })
      .waitFor({ timeout: 10_000 })
    const link = page.locator('main a[data-testid^="csv-"]').first()
    await link.waitFor({ timeout: 30_000 })
    await expect(page.locator('main tbody tr').first().innerText()).resolves.toContain('Klaar')
    await expect(page.locator('main article .duo-live-region').innerText()).resolves.toContain(
      'klaar om te downloaden',
    )
    await scan(page, 'bestanden klaar')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('schooladviezen-12AB-2023-2024.csv')
    const tekst = utf8(readFileSync(await download.path()))
    expect(tekst.startsWith('\uFEFF"Schooljaar";"Instellingscode";"PGN"')).toBe(true)
    const rijen = tekst.trimEnd().split('\r\n')
    expect(rijen.length).toBeGreaterThan(20)
    expect(rijen.slice(1).every((r) => r.startsWith('"2023-2024";"12AB";'))).toBe(true)
  })

  it('opens a dossier from the kwaliteitscontrolebestand and files a verzoek handmatige mutatie', async () => {
    const page = await als('schooladmin-34cd')
    await open(page, '/rod/kwaliteitscontrole', 'kwaliteitscontrole')
    await expect(page.locator('main').innerText()).resolves.toContain('Geen bestand: geen signalen')
    const week = page.locator('main tbody a').first()
    const weekPad = await week.getAttribute('href')
    await open(page, weekPad!, 'kwaliteitscontrole week')
    await expect(page.locator('main h1').innerText()).resolves.toMatch(
      /^Kwaliteitscontrolebestand week \d+ van 2024$/,
    )
    const leerling = page.locator('main tbody a[href^="/rod/leerlingdossier/34CD/"]').first()
    dossierPad = (await leerling.getAttribute('href'))!
    await open(page, dossierPad, 'leerlingdossier')
    await expect(page.locator('main').innerText()).resolves.toContain('vastgelegd in het logboek')
    pgn = (await page.getByTestId('dossier-kop').innerText()).match(/\d{4}\.\d{2}\.\d{3}/)![0]

    await page.getByRole('link', { name: 'Handmatige mutatie aanvragen' }).click()
    await page.locator('#mutatie-onderdeel').waitFor({ timeout: 15_000 })
    await scan(page, 'nieuw verzoek')
    bezocht.push({ persona: 'schooladmin-34cd', staff: false, path: new URL(page.url()).pathname })
    // Sending the empty form lists the problems and moves focus there.
    await page.locator('main button[type="submit"]').click()
    await page.locator('.duo-error-summary').waitFor()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'alert',
    )
    await scan(page, 'nieuw verzoek met fouten')
    await page.locator('input[value="leerjaar"]').check()
    const registratie = page.locator('#mutatie-registratie')
    await registratie.selectOption({ index: 1 })
    const nu = (await page.getByTestId('nu-geregistreerd').innerText()).match(/\d/)![0]
    await page.locator('#mutatie-waarde').selectOption(nu === '1' ? '2' : String(Number(nu) - 1))
    await page
      .locator('#mutatie-reden')
      .fill(
        'De leerling doet het leerjaar over; ons nieuwe LAS kan de oude registratie niet meer aanpassen.',
      )
    const bijlage = join(mkdtempSync(join(tmpdir(), 'duo-rod-')), 'verklaring-leverancier.pdf')
    writeFileSync(bijlage, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
    await page.locator('#mutatie-bijlage').setInputFiles(bijlage)
    await page.locator('#mutatie-bevestiging').check()
    await page.locator('main button[type="submit"]').click()
    await page.waitForURL(/\/rod\/handmatige-mutatie\/[0-9a-f-]{36}\?nieuw=1$/, { timeout: 15_000 })
    await page.getByTestId('verzoek-verstuurd').waitFor({ timeout: 15_000 })
    verzoekPad = new URL(page.url()).pathname
    await scan(page, 'verzoek verstuurd')
    await expect(page.getByTestId('verzoek-status').innerText()).resolves.toContain(
      'Bij DUO in behandeling',
    )
    await open(page, '/rod/handmatige-mutatie', 'verzoeken school')
  })

  it('lets DUO accept the verzoek; the school sees the register changed, with history', async () => {
    const duo = await als('rod-behandelaar', true)
    await open(duo, '/rod/werkvoorraad', 'werkvoorraad', true)
    const id = verzoekPad.split('/').pop()!
    await open(duo, `/rod/werkvoorraad/${id}`, 'werkvoorraad verzoek', true)
    await expect(duo.getByTestId('wv-leerling').innerText()).resolves.toContain(pgn)
    await duo.getByRole('button', { name: 'Accepteren en register wijzigen' }).click()
    await duo.getByRole('alertdialog').waitFor()
    await scan(duo, 'bevestigen accepteren')
    await duo
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Accepteren en register wijzigen' })
      .click()
    await duo
      .locator('main article .duo-live-region', { hasText: 'is geaccepteerd' })
      .waitFor({ timeout: 10_000 })
    await expect(duo.getByTestId('verzoek-status').innerText()).resolves.toContain('Geaccepteerd')
    await expect(duo.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')

    const school = await als('schooladmin-34cd')
    await open(school, verzoekPad, 'verzoek geaccepteerd')
    await expect(school.getByTestId('verzoek-status').innerText()).resolves.toContain(
      'Geaccepteerd',
    )
    await open(school, dossierPad, 'dossier met historie')
    await expect(school.locator('main').innerText()).resolves.toContain(
      'Saskia Bos (DUO behandelaar ROD)',
    )
  })

  it('shows the bestuur’s beheerder in the logboek who read which pupil’s dossier', async () => {
    const page = await als('beheerder-po')
    await page.goto(`${portal.url}/beheer/logboek?actie=rod.leerlingdossier.geraadpleegd`)
    const log = page.getByTestId('logboek-tabel')
    await log.waitFor({ timeout: 15_000 })
    const tekst = await log.innerText()
    expect(tekst).toContain('Leerlingdossier geraadpleegd')
    expect(tekst).toContain('Femke Bos')
    // The pupil is named by id and masked PGN only, never by name or full number.
    expect(tekst).not.toContain(pgn.replace(/\./g, ''))
  })

  it('finds a pupil by PGN with the keyboard only', async () => {
    const page = await als('schooladmin-34cd')
    await open(page, '/rod/leerlingdossier', 'zoeken')
    await page.locator('#zoek-pgn').focus()
    await page.keyboard.type(pgn)
    await page.keyboard.press('Enter')
    await page.locator('#zoek-resultaten').waitFor({ timeout: 10_000 })
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('zoek-resultaten')
    await scan(page, 'zoekresultaat')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      dossierPad,
    )
    await page.keyboard.press('Enter')
    await page.getByTestId('dossier-kop').waitFor({ timeout: 15_000 })
    await expect(page.getByTestId('dossier-kop').innerText()).resolves.toContain(pgn)
  })

  it('shows the bestuur every school and lets it fetch files for all of them', async () => {
    const page = await als('bestuur-rod')
    await open(page, '/rod/dashboard-bestuur', 'dashboard bestuur')
    await expect(page.locator('main caption').allInnerTexts()).resolves.toContain(
      'Leerlingen en open signalen per school',
    )
    await open(page, '/rod/bestanden', 'bestanden bestuur')
    await expect(page.locator('#bestand-school option').first().innerText()).resolves.toContain(
      'Alle scholen van',
    )
  })

  it('speaks English on every page, with no Dutch key or empty heading left', async () => {
    const pages = new Map<string, Page>()
    const problemen: string[] = []
    for (const { persona, staff, path } of bezocht) {
      let page = pages.get(persona)
      if (!page) {
        page = await als(persona, staff)
        await page.goto(`${portal.url}/rod/`)
        await page.locator('main h1').first().waitFor({ timeout: 15_000 })
        await page.getByRole('button', { name: 'English' }).click()
        await page.locator('html[lang="en"]').waitFor()
        pages.set(persona, page)
      }
      await page.goto(`${portal.url}${path}`)
      await page.locator('main h1').first().waitFor({ timeout: 15_000 })
      await page.locator(INHOUD).first().waitFor({ timeout: 15_000 })
      const tekst = await page.locator('main').innerText()
      const kop = await page.locator('main h1').first().innerText()
      if (/\brod\.[a-z]/.test(tekst))
        problemen.push(`${path}: raw key in ${tekst.match(/\brod\.[\w.-]+/)![0]}`)
      for (const nl of [
        'Leerlingen per',
        'Bezig met laden',
        'Toon',
        'Zoeken',
        'Geen bestand',
        'Terug naar',
      ])
        if (tekst.includes(nl)) problemen.push(`${path}: Dutch "${nl}"`)
      if (!kop.trim()) problemen.push(`${path}: empty h1`)
    }
    expect(problemen).toEqual([])
  })

  it('is never wider than the viewport at 375 px', async () => {
    const pages = new Map<string, Page>()
    const breed: string[] = []
    for (const { persona, staff, path } of bezocht) {
      let page = pages.get(persona)
      if (!page) {
        page = await als(persona, staff)
        await page.setViewportSize({ width: 375, height: 800 })
        pages.set(persona, page)
      }
      await page.goto(`${portal.url}${path}`)
      await page.locator('main h1').first().waitFor({ timeout: 15_000 })
      await page.locator(INHOUD).first().waitFor({ timeout: 15_000 })
      const maat = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }))
      if (maat.document > maat.viewport) breed.push(`${path}: ${JSON.stringify(maat)}`)
    }
    expect(breed).toEqual([])
  })

  it('finds no axe-core violations on any ROD page', () => {
    expect(bezocht.length).toBeGreaterThanOrEqual(13)
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
