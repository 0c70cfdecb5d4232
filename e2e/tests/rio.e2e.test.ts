/**
 * RIO in the browser: a beheerder po reads why he cannot open the register, gives himself the RIO
 * roles through beheer and then reads it; an object's history and the state on another date;
 * a change refused with RIO's foutmeldingen and made after a correction (keyboard only); the
 * stappenplan saved, resumed, refused, corrected and submitted. Every page: axe, English, and
 * no sideways scrolling at 375 px.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs } from '../support/session'
import { startPortal } from '../support/portal'
import { overflowX, pageReady } from '../support/layout'

const BASE = 9500
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser
const found: Record<string, string[]> = {}
const gescand: string[] = []

beforeAll(async () => {
  // Between the demo's changes of 2024 and the end of the taalklas on 2025-08-01.
  portal = await startPortal(BASE, { DUO_NOW: '2025-03-17T10:00:00+01:00' })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  // axe is injected as a script: allowed past the portal's CSP in these tests only.
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true, ...options })
  return context.newPage()
}

async function scan(page: Page, name: string) {
  gescand.push(name)
  const violations = await axeViolations(page)
  if (violations.length) found[name] = violations
}

async function open(page: Page, path: string, kop?: string) {
  await page.goto(`${portal.url}${path}`)
  const titel = await pageReady(page)
  if (kop) expect(titel).toBe(kop)
}

const RIO_ROLLEN = [
  'rio-beheren-onderwijsbestuur',
  'rio-beheren-onderwijsaanbieder',
  'rio-beheren-onderwijslocatiegebruik',
  'rio-beheren-aangeboden-opleiding',
  'rio-beheren-contactadres',
]

/** A beheerder RIO gives himself the RIO user roles, as the beheer section lets him. */
async function geefZelfRioRollen(page: Page) {
  const statussen = await page.evaluate(async (rollen) => {
    const me = await (await fetch('/api/me')).json()
    const uit: number[] = []
    for (const rol of rollen) {
      const res = await fetch('/api/beheer/autorisaties', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-DUO-CSRF': '1' },
        body: JSON.stringify({ persoonId: me.persoon.id, rol, kenmerk: '101B234' }),
      })
      uit.push(res.status)
    }
    return uit
  }, RIO_ROLLEN)
  expect(statussen).toEqual(RIO_ROLLEN.map(() => 201))
}

let beheerder: Page

/** Presses Tab until the element with this id has focus (a date input takes a few). */
async function tabNaar(page: Page, id: string) {
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++)
    await page.keyboard.press('Tab')
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(id)
}

describe('RIO in the browser', () => {
  it(
    'tells a beheerder po why he cannot read the register, and lets him in once he gave himself the roles',
    { timeout: 120_000 },
    async () => {
      beheerder = await newPage()
      await loginAs(beheerder, portal.url, 'beheerder-po')
      // The portal refuses the page with the reason of @duo/authz: the role he can give himself.
      await open(beheerder, '/rio/structuur', 'Geen toegang tot Register op datum')
      await expect(beheerder.locator('main .utrecht-alert').innerText()).resolves.toMatch(
        /Beheren .* met kenmerk 101B234/,
      )
      await scan(beheerder, 'geen toegang')
      await open(beheerder, '/rio/objecten/101A001')
      await expect(beheerder.locator('main .utrecht-alert').innerText()).resolves.toMatch(
        /Beheren .* met kenmerk 101B234/,
      )
      await scan(beheerder, 'geen toegang object')
      await geefZelfRioRollen(beheerder)
      await open(beheerder, '/rio/structuur', 'Register op datum')
      const boom = beheerder.getByTestId('boom')
      await expect(boom.locator('h2').innerText()).resolves.toBe(
        'Stichting Openbaar Onderwijs De Linde (101B234)',
      )
      await expect(boom.locator('h3').allInnerTexts()).resolves.toEqual([
        'IKC De Regenboog (101A001)',
        'OBS Het Kompas (101A002)',
      ])
      await scan(beheerder, 'structuur')
      await open(beheerder, '/rio/', 'Registratie Instellingen en Opleidingen (RIO)')
      await expect(beheerder.getByTestId('rio-vandaag').innerText()).resolves.toContain(
        '2 onderwijsaanbieders',
      )
      await scan(beheerder, 'overzicht')
    },
  )

  it(
    'shows an object’s history as a timeline, and the register on another date',
    { timeout: 120_000 },
    async () => {
      await open(beheerder, '/rio/onderwijsaanbieders', 'Onderwijsaanbieders')
      await scan(beheerder, 'onderwijsaanbieders')
      await beheerder.getByRole('link', { name: 'IKC De Regenboog' }).click()
      await beheerder
        .locator('main h1', { hasText: 'IKC De Regenboog' })
        .waitFor({ timeout: 15_000 })
      const perioden = beheerder.getByTestId('tijdlijn').locator('h3')
      await expect(perioden.allInnerTexts()).resolves.toEqual([
        'Vanaf 1 augustus 2022',
        'Van 1 augustus 2019 tot 1 augustus 2022',
      ])
      await expect(beheerder.title()).resolves.toMatch(/^IKC De Regenboog – /)
      await scan(beheerder, 'object met historie')
      await beheerder.locator('#rio-object-geldig-op').fill('2022-07-31')
      await beheerder.getByRole('button', { name: 'Toon' }).click()
      await beheerder.getByText('Zo staat het in RIO op 31 juli 2022').waitFor({ timeout: 15_000 })
      await expect(
        beheerder.locator('main .utrecht-data-list').first().innerText(),
      ).resolves.toContain('OBS De Regenboog')
      for (const [pad, kop] of [
        ['/rio/onderwijslocaties?geldigOp=2023-07-31', 'Onderwijslocaties'],
        ['/rio/opleidingen', 'Aangeboden opleidingen'],
        ['/rio/contact', 'Contactgegevens'],
        ['/rio/wijzigingen', 'Wijzigingen'],
        ['/rio/onderwijsbestuur', 'Stichting Openbaar Onderwijs De Linde'],
      ] as const) {
        await open(beheerder, pad, kop)
        await scan(beheerder, pad)
      }
    },
  )

  it(
    'refuses a change with RIO’s foutmeldingen and makes it once corrected, by keyboard only',
    { timeout: 120_000 },
    async () => {
      await open(beheerder, '/rio/objecten/101A002/wijzigen', 'OBS Het Kompas wijzigen')
      const veld = beheerder.locator('#rio-veld-naam')
      await veld.focus()
      await beheerder.keyboard.press('Control+A')
      await beheerder.keyboard.type('Daltonschool Het Kompas')
      await beheerder.locator('#rio-begindatum').focus()
      await beheerder.keyboard.type('01012026')
      await expect(beheerder.locator('#rio-begindatum').inputValue()).resolves.toBe('2026-01-01')
      // Tab leaves the date's own parts (and its calendar button) first.
      await tabNaar(beheerder, 'rio-einddatum')
      // Past the planned new name of 2027-08-01: overlapping periods.
      await beheerder.keyboard.type('01012028')
      await beheerder.keyboard.press('Enter')
      const kop = beheerder.locator('#rio-foutmeldingen-kop')
      await kop.waitFor({ timeout: 15_000 })
      await expect(beheerder.evaluate(() => document.activeElement?.id)).resolves.toBe(
        'rio-foutmeldingen-kop',
      )
      await expect(
        beheerder.getByTestId('foutmeldingen').locator('tbody th').allInnerTexts(),
      ).resolves.toEqual(['RIO-F003'])
      await expect(veld.inputValue()).resolves.toBe('Daltonschool Het Kompas')
      await scan(beheerder, 'wijziging geweigerd')
      // The foutmelding leads to its field.
      await beheerder.keyboard.press('Tab')
      await expect(
        beheerder.evaluate(() => document.activeElement?.textContent ?? ''),
      ).resolves.toContain('overlapt')
      await beheerder.keyboard.press('Enter')
      await expect(beheerder.evaluate(() => document.activeElement?.id)).resolves.toBe(
        'rio-einddatum',
      )
      // An incomplete date is no date: emptying one part of it is enough.
      await beheerder.keyboard.press('Backspace')
      await expect(beheerder.locator('#rio-einddatum').inputValue()).resolves.toBe('')
      for (
        let i = 0;
        i < 8 &&
        (await beheerder.evaluate(() => document.activeElement?.getAttribute('type'))) !== 'submit';
        i++
      )
        await beheerder.keyboard.press('Tab')
      await beheerder.keyboard.press('Enter')
      await beheerder.waitForURL(/\/rio\/objecten\/101A002\?gewijzigd=RIO-41234-\d{6}$/, {
        timeout: 15_000,
      })
      await beheerder
        .getByText(/De wijziging is doorgevoerd onder referentie RIO-41234-/)
        .waitFor({ timeout: 15_000 })
      // The change holds until the planned new name of 2027: it covers no later period.
      await expect(
        beheerder.getByTestId('tijdlijn').locator('h3').allInnerTexts(),
      ).resolves.toEqual([
        'Vanaf 1 augustus 2027',
        'Van 1 januari 2026 tot 1 augustus 2027',
        'Van 1 augustus 2019 tot 1 januari 2026',
      ])
      await scan(beheerder, 'object na wijziging')
    },
  )
})

describe('the stappenplan in the browser', () => {
  const volgende = async (page: Page, kop: string) => {
    await page.getByRole('button', { name: 'Opslaan en verder' }).click()
    await page.locator('#rio-sp-stap', { hasText: kop }).waitFor({ timeout: 15_000 })
  }

  it(
    'saves every step, resumes after a reload, leads a foutmelding back to its field, and submits',
    { timeout: 180_000 },
    async () => {
      const page = beheerder
      await open(page, '/rio/stappenplan', 'Stappenplan registratie')
      await page.locator('#rio-sp-aanbieder-naam').fill('IKC De Boomgaard')
      await page.locator('#rio-sp-aanbieder-erkenningscode').selectOption('78GH')
      // One month before the school's erkenning (2026-08-01): RIO will refuse it.
      await page.locator('#rio-sp-aanbieder-begindatum').fill('2026-07-01')
      await scan(page, 'stappenplan wie')
      await volgende(page, 'Stap 2 van 5')
      await page.getByRole('button', { name: 'Locatie toevoegen' }).click()
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        'rio-sp-locaties-0-postcode',
      )
      await page.keyboard.type('3704 AA')
      await page.locator('#rio-sp-locaties-0-huisnummer').fill('7')
      await page.locator('#rio-sp-locaties-0-straatnaam').fill('Boomgaardlaan')
      await page.locator('#rio-sp-locaties-0-plaatsnaam').fill('Zeist')
      await page.locator('#rio-sp-locaties-0-gebruiksnaam').fill('De Boomgaard')
      await page.locator('#rio-sp-locaties-0-begindatum').fill('2026-07-01')
      await scan(page, 'stappenplan waar')
      await volgende(page, 'Stap 3 van 5')

      // Leaving and coming back: the draft is where it was.
      await open(page, '/rio/stappenplan', 'Stappenplan registratie')
      await expect(page.locator('#rio-sp-stap').innerText()).resolves.toBe(
        'Stap 3 van 5: Wat: de aangeboden opleidingen',
      )
      await page.getByText('U gaat verder waar u was gebleven.').waitFor()
      await page.getByRole('button', { name: 'Opleiding toevoegen' }).click()
      await page.locator('#rio-sp-opleidingen-0-eigenNaam').fill('Basisonderwijs De Boomgaard')
      await page.locator('#rio-sp-opleidingen-0-onderwijsconcept').selectOption('JENAPLAN')
      await page.locator('#rio-sp-opleidingen-0-begindatum').fill('2026-08-01')
      await page.getByLabel(/Boomgaardlaan 7, Zeist/).check()
      await scan(page, 'stappenplan wat')
      await volgende(page, 'Stap 4 van 5')
      await page.locator('#rio-sp-contact-context').selectOption('ALGEMEEN')
      await page.locator('#rio-sp-contact-email').fill('info@boomgaard.example')
      await scan(page, 'stappenplan met wie')
      await volgende(page, 'Stap 5 van 5')
      const meldingen = page.getByTestId('foutmeldingen')
      await meldingen.waitFor({ timeout: 15_000 })
      await expect(meldingen.locator('tbody th').allInnerTexts()).resolves.toEqual([
        'RIO-F002',
        'RIO-F004',
      ])
      await scan(page, 'stappenplan controle met foutmeldingen')

      await meldingen.getByRole('link', { name: /oprichtingsdatum/ }).click()
      await page.locator('#rio-sp-stap', { hasText: 'Stap 1 van 5' }).waitFor({ timeout: 15_000 })
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        'rio-sp-aanbieder-begindatum',
      )
      await page.locator('#rio-sp-aanbieder-begindatum').fill('2026-08-01')
      await volgende(page, 'Stap 2 van 5')
      await page.locator('#rio-sp-locaties-0-begindatum').fill('2026-08-01')
      await volgende(page, 'Stap 3 van 5')
      await volgende(page, 'Stap 4 van 5')
      await volgende(page, 'Stap 5 van 5')
      await page.getByText('RIO accepteert deze registratie.').waitFor({ timeout: 15_000 })
      await page.getByRole('button', { name: 'Registratie indienen' }).click()
      await page.locator('#rio-sp-klaar').waitFor({ timeout: 15_000 })
      await expect(page.locator('main').innerText()).resolves.toMatch(
        /RIO gaf de onderwijsaanbieder code 101A003/,
      )
      await scan(page, 'stappenplan ingediend')
      await page.getByRole('link', { name: 'Bekijk de nieuwe onderwijsaanbieder' }).click()
      await page.locator('main h1', { hasText: 'IKC De Boomgaard' }).waitFor({ timeout: 15_000 })
      await open(page, '/rio/structuur?geldigOp=2026-08-01', 'Register op datum')
      await expect(page.getByTestId('boom').locator('h3').allInnerTexts()).resolves.toContain(
        'IKC De Boomgaard (101A003)',
      )
    },
  )
})

describe('RIO for everyone who reads it', () => {
  const PAGINAS = [
    '/rio/',
    '/rio/structuur',
    '/rio/onderwijsbestuur',
    '/rio/onderwijsaanbieders',
    '/rio/onderwijslocaties',
    '/rio/opleidingen',
    '/rio/contact',
    '/rio/wijzigingen',
    '/rio/stappenplan',
    '/rio/objecten/101A001',
    '/rio/objecten/101A002/wijzigen',
    '/rio/objecten/101X001/beeindigen',
    '/rio/nieuw/aangeboden-opleiding',
  ]

  it(
    'speaks English on every page, without a Dutch word of its own left',
    { timeout: 240_000 },
    async () => {
      const page = await newPage()
      await page.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
      await loginAs(page, portal.url, 'beheerder-po')
      for (const pad of PAGINAS) {
        await open(page, pad)
        const tekst = await page.locator('main').innerText()
        expect(tekst, pad).not.toMatch(
          /\b(Bezig met laden|Toon|Geldig op|Wijzigen|Historie|Stap \d|Vanaf|verplicht|Maak een keuze|Opslaan)\b/,
        )
        await scan(page, `${pad} (English)`)
      }
      await open(page, '/rio/objecten/101A001')
      await expect(page.getByTestId('tijdlijn').locator('h3').first().innerText()).resolves.toBe(
        'From 1 August 2022',
      )
    },
  )

  it('fits every page in 375 px without sideways scrolling', { timeout: 240_000 }, async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'beheerder-po')
    // The session bar folds away on a narrow screen: narrow the window after logging in.
    await page.setViewportSize({ width: 375, height: 800 })
    const problemen: string[] = []
    for (const pad of [...PAGINAS, '/rio/opleidingen?geldigOp=2024-01-01']) {
      await open(page, pad)
      const { px, culprits } = await overflowX(page)
      if (px > 0) problemen.push(`${pad}: ${px}px te breed: ${culprits.join(', ')}`)
    }
    // RIO's foutmeldingen (with codes and UUIDs) fit too.
    await open(page, '/rio/objecten/101A001/wijzigen')
    await page.locator('#rio-begindatum').fill('2019-07-01')
    await page.locator('main button[type="submit"]').click()
    await page.getByTestId('foutmeldingen').waitFor({ timeout: 15_000 })
    const { px, culprits } = await overflowX(page)
    if (px > 0) problemen.push(`foutmeldingen: ${px}px te breed: ${culprits.join(', ')}`)
    expect(problemen).toEqual([])
  })

  it('lets an aanbieder-level RIO medewerker read the whole register, and change only his own aanbieder', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'rio-medewerker')
    // Het Kompas carries its new name from 2026-01-01 (the change above); today it is still OBS.
    await open(page, '/rio/objecten/101A002', 'OBS Het Kompas')
    await expect(page.getByTestId('geen-wijzigrecht').innerText()).resolves.toContain('101A001')
    await open(page, '/rio/objecten/101A001', 'IKC De Regenboog')
    await expect(page.getByRole('link', { name: 'Gegevens wijzigen' }).count()).resolves.toBe(1)
    await scan(page, 'object (aanbieder-medewerker)')
  })

  it('finds no axe-core violations on any RIO page', () => {
    expect(gescand.length).toBeGreaterThan(20)
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
