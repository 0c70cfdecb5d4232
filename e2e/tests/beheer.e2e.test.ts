import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff as staffLogin, navSections } from '../support/session'

type Portal = Awaited<ReturnType<typeof startPortal>>

/** The part of exceljs this test reads an XLSX with. */
interface Werkboek {
  xlsx: { readFile(pad: string): Promise<unknown> }
  getWorksheet(naam: string):
    | {
        rowCount: number
        getRow(n: number): { getCell(n: number): { value: unknown } }
        getRows(
          start: number,
          n: number,
        ): Array<{ getCell(n: number): { value: unknown } }> | undefined
      }
    | undefined
}
// exceljs reads the downloaded XLSX back: beheer's own dependency, not one of the e2e package.
const ExcelJS = createRequire(new URL('../../apps/beheer/package.json', import.meta.url))(
  'exceljs',
) as { Workbook: new () => Werkboek }

let portal: Portal
let browser: Browser

beforeAll(async () => {
  portal = await startPortal(9280)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

async function newPage(): Promise<Page> {
  // bypassCSP only so axe-core can be injected (as in platform.e2e.test.ts).
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true })
  return context.newPage()
}

/** DUO staff log in with DUO's own identity provider, not eHerkenning. */
const loginAsStaff = (page: Page, persona: string) => staffLogin(page, portal.url, persona)

/** The person's grants as the BFF sees them on their next request (a change counts at once). */
async function nextRequest(page: Page): Promise<string[]> {
  const me = await page.evaluate(async () => (await fetch('/api/me')).json())
  return (me.grants as Array<{ role: string }>).map((g) => g.role)
}

async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${portal.url}${path}`)
  await page.locator('main h1', { hasText: heading }).first().waitFor({ timeout: 15_000 })
}

const SIGNED_PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder), ondertekend\n%%EOF\n',
)

// The people of the flow below; the checks per page and width reuse their sessions.
let bestuur: Page
let desk: Page
let nieuweBeheerder: Page
let collega: Page

describe('beheer: beheerders aanmelden, rollen toekennen en intrekken', () => {
  it('lets a bestuur register a new beheerder po with the signed form, refusing a non-PDF first', async () => {
    bestuur = await newPage()
    await loginAs(bestuur, portal.url, 'beheerder-po')
    await open(bestuur, '/beheer/aanmelding', 'Aanmelding en wijziging beheerders')
    await bestuur
      .getByLabel('Beheerder po', { exact: true })
      .selectOption({ label: 'Lars Hendriks' })
    await bestuur
      .getByLabel('Toelichting (niet verplicht)')
      .fill('Wijziging: Lars Hendriks wordt beheerder po.')

    // A file named .pdf that is not a PDF: refused per field, and nothing typed is lost.
    await bestuur.locator('#beheer-veld-bijlage').setInputFiles({
      name: 'formulier.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>geen pdf</html>'),
    })
    await bestuur.getByRole('button', { name: 'Aanmelding versturen' }).click()
    const summary = bestuur.getByRole('alert').filter({ hasText: 'Controleer uw invoer' })
    await expect(summary.innerText({ timeout: 10_000 })).resolves.toContain(
      'formulier.pdf is geen toegestaan bestand (PDF)',
    )
    await expect
      .poll(() => bestuur.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Controleer uw invoer')
    await expect(
      bestuur.getByLabel('Beheerder po', { exact: true }).inputValue(),
    ).resolves.not.toBe('')
    await expect(bestuur.getByLabel('Toelichting (niet verplicht)').inputValue()).resolves.toBe(
      'Wijziging: Lars Hendriks wordt beheerder po.',
    )
    const violations = await axeViolations(bestuur)
    expect(violations).toEqual([])

    await bestuur.locator('#beheer-veld-bijlage').setInputFiles({
      name: 'aanmelding-beheerder.pdf',
      mimeType: 'application/pdf',
      buffer: SIGNED_PDF,
    })
    await bestuur.getByRole('button', { name: 'Aanmelding versturen' }).click()
    await expect
      .poll(() => bestuur.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('verstuurd')
    await expect
      .poll(() => bestuur.getByTestId('aanmeldingen-tabel').innerText(), { timeout: 10_000 })
      .toContain('Ingediend, wacht op beoordeling')
  })

  it('lets the servicedesk approve it from the work queue, after saying whom it replaces', async () => {
    desk = await newPage()
    await loginAsStaff(desk, 'servicedesk')
    await open(desk, '/beheer/aanmeldingen', 'Werkvoorraad aanmeldingen')
    const row = desk.locator('tbody tr', { hasText: 'Lars Hendriks' })
    await row.waitFor({ timeout: 10_000 })
    expect(await axeViolations(desk)).toEqual([])
    await row.getByRole('button', { name: /goedkeuren/ }).click()
    const dialog = desk.getByRole('alertdialog')
    await expect(dialog.innerText({ timeout: 10_000 })).resolves.toContain(
      'Lars Hendriks wordt Beheerder po en vervangt Anouk Jansen.',
    )
    expect(await axeViolations(desk)).toEqual([])
    await dialog.getByRole('button', { name: 'Goedkeuren' }).click()
    await expect
      .poll(() => desk.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('goedgekeurd')

    // The requester sees the new status (her own beheerder po role went to Lars).
    expect(await nextRequest(bestuur)).not.toContain('beheerder-po')
    await open(bestuur, '/beheer/aanmelding', 'Aanmelding en wijziging beheerders')
    await expect
      .poll(() => bestuur.getByTestId('aanmeldingen-tabel').innerText(), { timeout: 10_000 })
      .toContain('Goedgekeurd')
  })

  it('lets the new beheerder po assign Medewerker schoolleiding ROD with kenmerk 12AB to a colleague, who then sees ROD', async () => {
    collega = await newPage()
    await loginAs(collega, portal.url, 'raadpleger')
    expect(await navSections(collega)).not.toContain('rod')

    nieuweBeheerder = await newPage()
    await loginAs(nieuweBeheerder, portal.url, 'nieuw')
    await open(nieuweBeheerder, '/beheer/', 'Beheer')
    // The new ROD roles are available: the beheerder po is told so on the landing page.
    await expect(
      nieuweBeheerder.getByTestId('nieuwe-rollen').innerText({ timeout: 10_000 }),
    ).resolves.toContain('Medewerker schoolleiding ROD')

    await open(nieuweBeheerder, '/beheer/autorisaties', 'Autorisaties')
    const form = nieuweBeheerder.getByTestId('toekennen-form')
    await form.getByLabel('Medewerker').selectOption({ label: 'Daan Smit' })
    await form.locator('#beheer-veld-rol').selectOption({ label: 'Medewerker schoolleiding ROD' })
    await form.locator('#beheer-veld-kenmerk').selectOption('12AB')
    // What is not possible is explained (e.g. the bekostiging roles belong to the other beheerder).
    await expect(nieuweBeheerder.getByTestId('niet-mogelijk').innerText()).resolves.toContain(
      'Medewerker bekostiging',
    )
    expect(await axeViolations(nieuweBeheerder)).toEqual([])
    await form.getByRole('button', { name: 'Rol toekennen' }).click()
    await expect
      .poll(() => nieuweBeheerder.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('is toegekend aan Daan Smit')
    await nieuweBeheerder
      .locator('[data-grant="Daan Smit|medewerker-schoolleiding-rod|12AB"]')
      .waitFor()

    // The colleague's next request carries the new role.
    expect(await nextRequest(collega)).toContain('medewerker-schoolleiding-rod')
    await collega.reload()
    await expect.poll(() => navSections(collega), { timeout: 10_000 }).toContain('rod')
    await open(collega, '/rod/dashboard-school', 'Dashboard ROD school')
    await expect(collega.locator('main').innerText()).resolves.not.toContain('Geen toegang')

    // Mijn rollen: the colleague sees the role, what it allows and who the beheerders are.
    await open(collega, '/beheer/mijn-rollen', 'Mijn rollen')
    const mine = collega.getByTestId('mijn-rol').filter({ hasText: 'Medewerker schoolleiding ROD' })
    await expect(mine.innerText({ timeout: 10_000 })).resolves.toContain('Dashboard ROD')
    await expect(collega.getByTestId('mijn-beheerders').innerText()).resolves.toContain(
      'Lars Hendriks',
    )
    expect(await axeViolations(collega)).toEqual([])
  })

  it('lets the beheerder change the period of a grant, with focus back on the row', async () => {
    const jaar = new Date().getFullYear() + 1
    await nieuweBeheerder
      .getByRole('button', {
        name: 'Periode wijzigen van rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog van Daan Smit',
      })
      .click()
    const form = nieuweBeheerder.getByTestId('periode-form')
    await form.getByLabel('Laatste dag (tot en met)').fill(`${jaar}-06-30`)
    expect(await axeViolations(nieuweBeheerder)).toEqual([])
    await form.getByRole('button', { name: 'Periode opslaan' }).click()
    await expect
      .poll(() => nieuweBeheerder.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain(`geldt nu van … tot en met 30 juni ${jaar}`)
    const row = nieuweBeheerder.locator(
      '[data-grant="Daan Smit|medewerker-schoolleiding-rod|12AB"]',
    )
    await expect(row.innerText()).resolves.toContain(`30 juni ${jaar}`)
    await expect
      .poll(() =>
        nieuweBeheerder.evaluate(() => document.activeElement?.getAttribute('data-actie')),
      )
      .toBe('periode')
  })

  it('removes access on the next request after the beheerder revokes the role, and logs everything', async () => {
    await nieuweBeheerder
      .getByRole('button', {
        name: 'Rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog van Daan Smit intrekken',
      })
      .focus()
    // By keyboard: the dialog opens on Annuleren (the safe choice); Shift+Tab to Intrekken.
    await nieuweBeheerder.keyboard.press('Enter')
    const dialog = nieuweBeheerder.getByRole('alertdialog')
    await expect(dialog.innerText({ timeout: 10_000 })).resolves.toContain(
      'Daan Smit verliest de rol Medewerker schoolleiding ROD met kenmerk 12AB — OBS De Regenboog. Dit geldt meteen',
    )
    await expect
      .poll(() => nieuweBeheerder.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Annuleren')
    expect(await axeViolations(nieuweBeheerder)).toEqual([])
    await nieuweBeheerder.keyboard.press('Shift+Tab')
    await nieuweBeheerder.keyboard.press('Enter')
    await expect
      .poll(() => nieuweBeheerder.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('is ingetrokken')
    // Focus stays in the list, on the next row's action: not back at the top of the page.
    await expect
      .poll(() =>
        nieuweBeheerder.evaluate(
          () => !!document.activeElement?.closest('[data-testid="autorisaties-tabel"] tbody tr'),
        ),
      )
      .toBe(true)

    expect(await nextRequest(collega)).not.toContain('medewerker-schoolleiding-rod')
    await collega.reload()
    await expect.poll(() => navSections(collega), { timeout: 10_000 }).not.toContain('rod')

    await open(nieuweBeheerder, '/beheer/logboek', 'Logboek')
    const log = nieuweBeheerder.getByTestId('logboek-tabel')
    await expect.poll(() => log.innerText(), { timeout: 10_000 }).toContain('Rol ingetrokken')
    const text = await log.innerText()
    for (const line of [
      'Rol ingetrokken',
      'Rol toegekend',
      'Aanmelding goedgekeurd',
      'Aanmelding ingediend',
    ])
      expect(text).toContain(line)
    expect(await axeViolations(nieuweBeheerder)).toEqual([])
    const csv = await nieuweBeheerder.evaluate(async () => {
      const res = await fetch('/api/beheer/logboek.csv')
      return { type: res.headers.get('content-type'), body: await res.text() }
    })
    expect(csv.type).toContain('text/csv')
    expect(csv.body).toContain('"Rol ingetrokken";"Beheer";')
    expect(csv.body).not.toContain('beheer.rol.ingetrokken')
  })

  it('keeps the logboek’s filter in the URL, with logins only when asked', async () => {
    const page = nieuweBeheerder
    await open(page, '/beheer/logboek', 'Logboek')
    // The action of each row (without the column label that stacked rows show).
    const acties = async () =>
      (await page.locator('[data-testid="logboek-tabel"] tbody th').allInnerTexts()).map((t) =>
        t.split('\n').at(-1)!,
      )
    await expect.poll(acties, { timeout: 10_000 }).toContain('Rol ingetrokken')
    expect(await acties()).not.toContain('Ingelogd')
    await page.locator('#logboek-actie').selectOption('beheer.rol.periode-gewijzigd')
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await page.waitForURL(/[?&]actie=beheer\.rol\.periode-gewijzigd/)
    await expect.poll(acties).toEqual(['Geldigheid van een rol gewijzigd'])
    await expect(page.getByTestId('logboek-tabel').innerText()).resolves.toContain('Was geldig')

    // A reload (or a shared link) shows the same list.
    await page.reload()
    await page.locator('main h1', { hasText: 'Logboek' }).waitFor()
    await expect.poll(acties, { timeout: 10_000 }).toEqual(['Geldigheid van een rol gewijzigd'])
    await expect(page.locator('#logboek-actie').inputValue()).resolves.toBe(
      'beheer.rol.periode-gewijzigd',
    )

    await page.getByRole('button', { name: 'Wissen' }).click()
    await page.getByLabel('Ook inloggen en uitloggen tonen').check()
    await page.getByRole('button', { name: 'Filter toepassen' }).click()
    await page.waitForURL(/[?&]logins=ja/)
    await expect.poll(acties, { timeout: 10_000 }).toContain('Ingelogd')
    expect(await axeViolations(page)).toEqual([])
  })

  it('downloads the logboek as XLSX with the filter shown', async () => {
    const page = nieuweBeheerder
    await open(page, '/beheer/logboek?actie=beheer.rol.toegekend', 'Logboek')
    await page.locator('[data-testid="logboek-tabel"] tbody tr').first().waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('xlsx-export').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^logboek-41234-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const pad = join(mkdtempSync(join(tmpdir(), 'duo-beheer-')), download.suggestedFilename())
    await download.saveAs(pad)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(pad)
    const ws = wb.getWorksheet('Logboek')!
    expect(ws.getRow(1).getCell(1).value).toBe('Tijdstip (Nederlandse tijd)')
    const rijen = ws.getRows(2, ws.rowCount - 1) ?? []
    expect(rijen.length).toBeGreaterThan(0)
    expect(new Set(rijen.map((r) => r.getCell(2).value))).toEqual(new Set(['Rol toegekend']))
    expect(rijen[0]!.getCell(1).value).toBeInstanceOf(Date)
  })
})

describe('beheer: each page for whom it is meant, at every width', () => {
  it('tells a board user opening the servicedesk’s queue by URL why not, and staff get staff pages', async () => {
    // The colleague without a beheerder role (the raadpleger of the flow above).
    const raadpleger = collega
    await open(raadpleger, '/beheer/aanmeldingen', 'Werkvoorraad aanmeldingen')
    // The portal's guard or the page itself: either way, no queue, and the reason.
    const main = raadpleger.locator('main')
    await expect(main.innerText()).resolves.toContain(
      'Dit kan alleen een medewerker van DUO met de rol DUO security servicedesk.',
    )
    await expect(main.innerText()).resolves.not.toContain('Controleer het ondertekende formulier')
    expect(await raadpleger.locator('main table').count()).toBe(0)
    expect(await axeViolations(raadpleger)).toEqual([])

    // Staff get staff menus: the queue and the log, not the form for besturen.
    await open(desk, '/beheer/', 'Beheer')
    const menu = (await desk.locator('.duo-section__nav').textContent()) ?? ''
    expect(menu).toContain('Werkvoorraad aanmeldingen')
    expect(menu).not.toContain('Aanmelding beheerders')
    // The form for besturen refuses staff (the portal's guard or the page itself), and never
    // shows them the advice to ask a beheerder.
    await open(desk, '/beheer/aanmelding', 'Aanmelding')
    await expect(desk.locator('main').innerText()).resolves.toMatch(
      /voor (besturen|medewerkers van een schoolbestuur)/,
    )
    expect(await desk.locator('main form').count()).toBe(0)
    await open(desk, '/beheer/mijn-rollen', 'Mijn rollen')
    await desk
      .locator('main [data-testid="mijn-rol"], main [data-testid="no-access"]')
      .first()
      .waitFor({ timeout: 10_000 })
    await expect(desk.locator('main').innerText()).resolves.not.toMatch(/vraag .*beheerder/i)
    expect(await axeViolations(desk)).toEqual([])
  })

  it('is never wider than the viewport at 375 and 640 px (the logboek at 1280 px too), axe clean', async () => {
    const pagina = [
      { page: nieuweBeheerder, path: '/beheer/', kop: 'Beheer' },
      { page: nieuweBeheerder, path: '/beheer/mijn-rollen', kop: 'Mijn rollen' },
      { page: nieuweBeheerder, path: '/beheer/autorisaties', kop: 'Autorisaties' },
      { page: nieuweBeheerder, path: '/beheer/aanmelding', kop: 'Aanmelding en wijziging' },
      { page: nieuweBeheerder, path: '/beheer/logboek?logins=ja', kop: 'Logboek' },
      { page: desk, path: '/beheer/aanmeldingen?', kop: 'Werkvoorraad aanmeldingen' },
      { page: desk, path: '/beheer/logboek', kop: 'Logboek' },
    ]
    const te = (w: number) => (w === 1280 ? pagina.filter((p) => p.kop === 'Logboek') : pagina)
    const breed: string[] = []
    const fouten: string[] = []
    for (const width of [375, 640, 1280]) {
      for (const { page, path, kop } of te(width)) {
        await page.setViewportSize({ width, height: 800 })
        await open(page, path, kop)
        // The page's own content is in once its calls are answered.
        await page.waitForLoadState('networkidle').catch(() => {})
        const maat = await page.evaluate(() => ({
          document: document.documentElement.scrollWidth,
          main: document.querySelector('main')?.scrollWidth ?? 0,
          viewport: document.documentElement.clientWidth,
        }))
        if (maat.document > maat.viewport || maat.main > maat.viewport)
          breed.push(`${path} @ ${width}px: ${JSON.stringify(maat)}`)
        // axe on every page, narrow too (where rows stack and menus fold).
        if (width === 375) for (const v of await axeViolations(page)) fouten.push(`${path}: ${v}`)
      }
    }
    expect(breed).toEqual([])
    expect(fouten).toEqual([])
    for (const page of [nieuweBeheerder, desk])
      await page.setViewportSize({ width: 1280, height: 800 })
  })
})
