/**
 * Bekostiging in the browser, on a fixed day (2 May 2022: the dashboard and the overzicht
 * vaststelling tellingen are open, the EMB deadline of 15 September runs): a medewerker saves a
 * concept, logs out, resumes and submits it; DUO's behandelaar grants it; the beschikking is in
 * the digitaal archief. Bezwaar within and after the 6 weeks, one flow by keyboard only, every
 * page through axe, in English, and at 375 px without sideways scrolling.
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { startPortal } from '../support/portal'

const BASE = 9300
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser
const found: Record<string, string[]> = {}
const gescand: string[] = []
let referentie = ''

beforeAll(async () => {
  portal = await startPortal(BASE, { DUO_NOW: '2022-05-02T10:00:00+02:00' })
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
  // The heading of a zaak names it once loaded: wait for the heading asked for.
  if (kop)
    await page.waitForFunction(
      (k) => document.querySelector('main h1')?.textContent?.trim() === k,
      kop,
      { timeout: 15_000 },
    )
  // Pages fill in after their data: wait until nothing is loading any more.
  await page.waitForFunction(
    () => !document.querySelector('main [aria-busy="true"], main .utrecht-loading'),
  )
}

const zaakId = async (page: Page, soort: 'aanvraag' | 'bezwaar', ref: string) =>
  (
    (await page.evaluate(
      async (q) => (await fetch(`/api/bekostiging/zaakdossier?zoek=${q}`)).json(),
      ref,
    )) as {
      zaken: Array<{ id: string; soort: string }>
    }
  ).zaken.find((z) => z.soort === soort)!.id

describe('Bekostiging in the browser', () => {
  it('saves a concept, keeps it across a logout, resumes and submits it', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await open(page, '/bekostiging/', 'Bekostiging')
    await scan(page, 'landing')
    await open(page, '/bekostiging/aanvragen', 'Bijzondere bekostiging aanvragen')
    await scan(page, 'aanvragen')
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click()
    await open(page, '/bekostiging/aanvragen/nieuw', 'Kies de categorie')
    await scan(page, 'categorie kiezen')
    await page.getByRole('link', { name: /ernstige meervoudige beperking/ }).click()
    await page.locator('#aanvraag-schooljaar').waitFor({ timeout: 15_000 })
    await scan(page, 'formulier emb')
    await page.locator('#aanvraag-school').selectOption('34CD')
    await page.locator('#aanvraag-schooljaar').selectOption('2022-2023')
    await page.getByRole('button', { name: 'Leerling toevoegen' }).click()
    await page.locator('#leerling-0-leerlingnummer').fill('2020-0417')
    await page.getByRole('button', { name: 'Nu bewaren' }).click()
    await page.waitForURL(/\/bekostiging\/aanvragen\/[0-9a-f-]{36}\/bewerken/)
    await page.getByText('Uw concept is bewaard').first().waitFor()

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click()
    await page.waitForURL((u) => !u.pathname.startsWith('/bekostiging'), { timeout: 15_000 })
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await open(page, '/bekostiging/aanvragen', 'Bijzondere bekostiging aanvragen')
    await page
      .getByTestId('concepten')
      .getByRole('link', { name: /ernstige meervoudige beperking/ })
      .first()
      .click()
    await page.locator('#leerling-0-leerlingnummer').waitFor({ timeout: 15_000 })
    await expect(page.locator('#leerling-0-leerlingnummer').inputValue()).resolves.toBe('2020-0417')
    await expect(page.locator('#aanvraag-school').inputValue()).resolves.toBe('34CD')

    // The inschrijfdatum is missing: submitting names it, and nothing is sent.
    await page.getByRole('button', { name: 'Indienen' }).click()
    await page.locator('.duo-error-summary a[href="#leerling-0-inschrijfdatum"]').waitFor()
    await scan(page, 'formulier met fouten')
    await page.locator('#leerling-0-inschrijfdatum').fill('2020-08-24')
    await page.getByRole('button', { name: 'Indienen' }).click()
    await page.waitForURL(/\/bevestiging$/, { timeout: 15_000 })
    referentie = await page.getByTestId('referentie').innerText({ timeout: 15_000 })
    expect(referentie).toMatch(/^BB-2022-\d{6}$/)
    await scan(page, 'bevestiging')
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Opslaan als PDF' }).click(),
    ])
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('lets DUO’s behandelaar grant it; the beschikking is in the archive and the zaakdossier', async () => {
    const staff = await newPage()
    await loginAsStaff(staff, portal.url, 'behandelaar')
    await open(staff, '/bekostiging/behandeling', 'Werkvoorraad bekostiging')
    await scan(staff, 'werkvoorraad')
    await staff.locator('#wv-zoek').fill(referentie)
    await staff.locator('#wv-zoek').press('Enter')
    await staff.getByRole('link', { name: referentie }).click()
    await staff.getByRole('button', { name: 'In behandeling nemen' }).waitFor({ timeout: 15_000 })
    await scan(staff, 'behandel aanvraag')
    await staff.getByRole('button', { name: 'In behandeling nemen' }).click()
    await staff.getByTestId('zaak-status').getByText('In behandeling').waitFor({ timeout: 15_000 })
    await staff.getByRole('radio', { name: 'Toegekend', exact: true }).check()
    await staff.locator('#besluit-bedrag').fill('14.500,00')
    await staff
      .locator('#besluit-motivering')
      .fill(
        'De leerling stond op 1 oktober 2021 ingeschreven met een toelaatbaarheidsverklaring cluster 3.',
      )
    await staff.getByRole('button', { name: 'Besluit vastleggen' }).click()
    await staff.getByText('Het besluit is vastgelegd').waitFor({ timeout: 15_000 })
    await scan(staff, 'behandel aanvraag besloten')
    const bezwaarId = await staff.evaluate(async () => {
      const { zaken } = await (await fetch('/api/bekostiging/behandeling?soort=bezwaar')).json()
      return zaken[0].id as string
    })
    await open(staff, `/bekostiging/behandeling/bezwaren/${bezwaarId}`)
    await scan(staff, 'behandel bezwaar')

    // The digitaal archief is Mijn Helpdesk po's: someone of bestuur A with that machtiging.
    const page = await newPage()
    await loginAs(page, portal.url, 'helpdesk')
    await open(page, '/helpdesk/archief')
    const link = page.getByRole('link', {
      name: `Beschikking bijzondere bekostiging ${referentie}`,
    })
    await link.waitFor({ timeout: 15_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(
      readFileSync(await download.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const raadpleger = await newPage()
    await loginAs(raadpleger, portal.url, 'raadpleger')
    await open(raadpleger, '/bekostiging/zaakdossier', 'Zaakdossier')
    await scan(raadpleger, 'zaakdossier')
    await raadpleger.getByRole('link', { name: referentie }).click()
    await raadpleger.getByTestId('zaak-status').getByText('Toegekend').waitFor({ timeout: 15_000 })
    await expect(raadpleger.getByTestId('tijdlijn').innerText()).resolves.toMatch(
      /Ontvangen[\s\S]*In behandeling genomen[\s\S]*Besloten \(Toegekend\)/,
    )
    await expect(raadpleger.getByTestId('documenten').innerText()).resolves.toContain(
      `Beschikking bijzondere bekostiging ${referentie}`,
    )
    await expect(
      raadpleger.getByRole('button', { name: 'Aanvraag intrekken' }).count(),
    ).resolves.toBe(0)
    await scan(raadpleger, 'zaak aanvraag (raadpleger)')
  })

  it('takes a bezwaar within 6 weeks by keyboard only, and refuses one after them with the date', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await open(page, '/bekostiging/vaststelling-tellingen', 'Overzicht vaststelling tellingen')
    await scan(page, 'vaststelling tellingen')
    await expect(page.locator('[data-teldatum="2022-02-01"]').innerText()).resolves.toContain(
      'Mogelijk tot en met 24 mei 2022',
    )
    await expect(page.locator('[data-teldatum="2021-10-01"]').innerText()).resolves.toContain(
      'Niet meer mogelijk',
    )
    await expect(
      page
        .locator('[data-teldatum="2021-10-01"]')
        .getByRole('link', { name: /Bezwaar maken/ })
        .count(),
    ).resolves.toBe(0)

    // Keyboard only: the link, the form, its problems, the fields, sending.
    await page.getByRole('link', { name: 'Bezwaar maken tegen teldatum 1 februari 2022' }).focus()
    await page.keyboard.press('Enter')
    await page.locator('#bezwaar-gronden').waitFor({ timeout: 15_000 })
    await page.locator('main button[type="submit"]').focus()
    await page.keyboard.press('Enter')
    await page.locator('.duo-error-summary').waitFor()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'alert',
    )
    await scan(page, 'bezwaar met fouten')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter') // the summary's link to the grounds
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('bezwaar-gronden')
    await page.keyboard.type(
      'Drie leerlingen van OBS Het Kompas ontbreken in de telling van 1 februari.',
    )
    await page.locator('#bezwaar-school').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.locator('main button[type="submit"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/bekostiging\/zaakdossier\/bezwaren\/[0-9a-f-]{36}\?nieuw=1$/, {
      timeout: 15_000,
    })
    const bezwaar = await page.getByTestId('referentie').innerText({ timeout: 15_000 })
    expect(bezwaar).toMatch(/^BZ-2022-\d{6}$/)
    await expect(page.locator('main').innerText()).resolves.toContain('OBS Het Kompas (34CD)')
    await scan(page, 'zaak bezwaar')

    // After the 6 weeks: the older overzicht says so with its date, and the API refuses too.
    const ovt = await page.evaluate(
      async () =>
        (await (await fetch('/api/bekostiging/vaststelling')).json()).overzichten[1].id as string,
    )
    await open(
      page,
      `/bekostiging/vaststelling-tellingen/${ovt}/bezwaar`,
      'Bezwaar tegen de vaststelling tellingen',
    )
    await expect(page.getByTestId('te-laat').innerText()).resolves.toContain(
      'bezwaar kon tot en met 26 januari 2022',
    )
    await expect(page.locator('#bezwaar-gronden').count()).resolves.toBe(0)
    await scan(page, 'bezwaar te laat')
    const status = await page.evaluate(async (id) => {
      const form = new FormData()
      form.append('gronden', 'Toch nog bezwaar, maar ruim na de termijn van zes weken.')
      return (
        await fetch(`/api/bekostiging/vaststelling/${id}/bezwaar`, {
          method: 'POST',
          body: form,
          headers: { 'X-DUO-CSRF': '1' },
        })
      ).status
    }, ovt)
    expect(status).toBe(409)
  })

  it('shows the dashboard with a chart and its table, funding with export, and the refusals with their reason', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await open(page, '/bekostiging/dashboard', 'Dashboard bekostiging')
    await page.locator('main svg[role="img"]').waitFor({ timeout: 15_000 })
    const tabel = await page.locator('main table').first().innerText()
    expect(tabel).toContain('OBS De Regenboog (12AB)')
    await scan(page, 'dashboard')
    await open(page, '/bekostiging/raadplegen', 'Bekostiging raadplegen')
    await scan(page, 'raadplegen')
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download als Excel (XLSX)' }).click(),
    ])
    expect(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK')
    const id = await zaakId(page, 'aanvraag', 'BB-2022')
    await open(page, `/bekostiging/zaakdossier/aanvragen/${id}`)
    await scan(page, 'zaak aanvraag (medewerker)')

    const beheerder = await newPage()
    await loginAs(beheerder, portal.url, 'beheerder-bekostiging')
    // The shell refuses the page itself, with the reason from authz.
    await open(beheerder, '/bekostiging/zaakdossier', 'Geen toegang tot Zaakdossier')
    await expect(beheerder.locator('main').innerText()).resolves.toMatch(
      /geen toegang tot (de )?gegevens/i,
    )
    await scan(beheerder, 'zaakdossier geweigerd')
    const raadpleger = await newPage()
    await loginAs(raadpleger, portal.url, 'raadpleger')
    await open(raadpleger, '/bekostiging/aanvragen/nieuw/emb')
    await expect(raadpleger.locator('main').innerText()).resolves.toContain(
      'Medewerker bekostiging',
    )
    await scan(raadpleger, 'formulier geweigerd (raadpleger)')
  })

  const PAGINAS = [
    ['/bekostiging/', 'Funding'],
    ['/bekostiging/aanvragen', 'Apply for special funding'],
    ['/bekostiging/aanvragen/nieuw', 'Choose the category'],
    [
      '/bekostiging/aanvragen/nieuw/blijf-van-mijn-lijfhuizen',
      'Blijf-van-mijn-lijfhuizen (women’s shelters)',
    ],
    ['/bekostiging/raadplegen', 'View funding'],
    ['/bekostiging/dashboard', 'Funding dashboard (Dashboard bekostiging)'],
    ['/bekostiging/vaststelling-tellingen', 'Overview of established counts'],
    ['/bekostiging/zaakdossier', 'Case file'],
  ] as const

  it('speaks English on every page, without a Dutch word of its own left', async () => {
    const page = await newPage()
    await page.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    for (const [path, kop] of PAGINAS) {
      await open(page, path, kop)
      const tekst = await page.locator('main').innerText()
      expect(tekst, path).not.toMatch(/\bbekostiging\.[a-z]/)
      expect(tekst, path).not.toMatch(
        /\b(Bezig met laden|Toon|Wissen|Leerling toevoegen|Nu bewaren|Ontvangen|Totaal|verplicht|Kies een)\b/,
      )
    }
    await scan(page, 'formulier (English)')
    const id = await zaakId(page, 'aanvraag', referentie)
    await open(page, `/bekostiging/zaakdossier/aanvragen/${id}`, `Application ${referentie}`)
    await expect(page.locator('main').innerText()).resolves.toContain('Decision (beschikking)')
    await scan(page, 'zaak (English)')
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
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await page.setViewportSize({ width: 375, height: 800 })
    const aanvraag = await zaakId(page, 'aanvraag', referentie)
    const bezwaar = await zaakId(page, 'bezwaar', 'BZ-2022')
    const ovt = await page.evaluate(
      async () =>
        (await (await fetch('/api/bekostiging/vaststelling')).json()).overzichten[0].id as string,
    )
    for (const [path] of PAGINAS) await meet(page, path)
    for (const path of [
      `/bekostiging/zaakdossier/aanvragen/${aanvraag}`,
      `/bekostiging/zaakdossier/bezwaren/${bezwaar}`,
      `/bekostiging/aanvragen/${aanvraag}/bevestiging`,
      `/bekostiging/vaststelling-tellingen/${ovt}/bezwaar`,
      '/bekostiging/aanvragen/nieuw/eerste-opvang',
    ])
      await meet(page, path)
    const staff = await newPage()
    await loginAsStaff(staff, portal.url, 'behandelaar')
    await staff.setViewportSize({ width: 375, height: 800 })
    await meet(staff, '/bekostiging/behandeling')
    await meet(staff, `/bekostiging/behandeling/aanvragen/${aanvraag}`)
    expect(breed).toEqual([])
  })

  it('finds no axe-core violations on any bekostiging page', () => {
    expect(gescand.length).toBeGreaterThanOrEqual(20)
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
