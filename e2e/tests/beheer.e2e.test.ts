import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff as staffLogin, navSections } from '../support/session'

type Portal = Awaited<ReturnType<typeof startPortal>>

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

describe('beheer: beheerders aanmelden, rollen toekennen en intrekken', () => {
  let bestuur: Page
  let desk: Page
  let nieuweBeheerder: Page
  let collega: Page

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
    await bestuur.getByLabel('Ondertekend formulier (PDF)').setInputFiles({
      name: 'formulier.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html>geen pdf</html>'),
    })
    await bestuur.getByRole('button', { name: 'Aanmelding versturen' }).click()
    const summary = bestuur.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })
    await expect(summary.innerText({ timeout: 10_000 })).resolves.toContain(
      'Het bestand is geen PDF',
    )
    await expect
      .poll(() => bestuur.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Er is iets niet goed ingevuld')
    await expect(
      bestuur.getByLabel('Beheerder po', { exact: true }).inputValue(),
    ).resolves.not.toBe('')
    await expect(bestuur.getByLabel('Toelichting (niet verplicht)').inputValue()).resolves.toBe(
      'Wijziging: Lars Hendriks wordt beheerder po.',
    )
    const violations = await axeViolations(bestuur)
    expect(violations).toEqual([])

    await bestuur.getByLabel('Ondertekend formulier (PDF)').setInputFiles({
      name: 'aanmelding-beheerder.pdf',
      mimeType: 'application/pdf',
      buffer: SIGNED_PDF,
    })
    await bestuur.getByRole('button', { name: 'Aanmelding versturen' }).click()
    await expect
      .poll(() => bestuur.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('verstuurd')
    await expect(bestuur.getByTestId('aanmeldingen-tabel').innerText()).resolves.toContain(
      'Ingediend, wacht op beoordeling',
    )
  })

  it('lets the servicedesk approve it from the work queue', async () => {
    desk = await newPage()
    await loginAsStaff(desk, 'servicedesk')
    await open(desk, '/beheer/aanmeldingen', 'Werkvoorraad aanmeldingen')
    const card = desk.getByTestId('aanmelding').filter({ hasText: 'Lars Hendriks' })
    await card.waitFor({ timeout: 10_000 })
    expect(await axeViolations(desk)).toEqual([])
    await card.getByRole('button', { name: /goedkeuren/ }).click()
    await expect
      .poll(() => desk.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('goedgekeurd')

    // The requester sees the new status (her own beheerder po role went to Lars).
    expect(await nextRequest(bestuur)).not.toContain('beheerder-po')
    await open(bestuur, '/beheer/aanmelding', 'Aanmelding en wijziging beheerders')
    await expect(
      bestuur.getByTestId('aanmeldingen-tabel').innerText({ timeout: 10_000 }),
    ).resolves.toContain('Goedgekeurd')
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
    await form
      .getByLabel('Rol', { exact: true })
      .selectOption({ label: 'Medewerker schoolleiding ROD' })
    await form.getByLabel('Kenmerk').selectOption('12AB')
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
    await expect(collega.locator('main').innerText()).resolves.toContain('u krijgt er toegang toe')

    // Mijn rollen: the colleague sees the role, what it allows and who the beheerders are.
    await open(collega, '/beheer/mijn-rollen', 'Mijn rollen')
    const mine = collega.getByTestId('mijn-rol').filter({ hasText: 'Medewerker schoolleiding ROD' })
    await expect(mine.innerText({ timeout: 10_000 })).resolves.toContain('Dashboard ROD')
    await expect(collega.getByTestId('mijn-beheerders').innerText()).resolves.toContain(
      'Lars Hendriks',
    )
    expect(await axeViolations(collega)).toEqual([])
  })

  it('removes access on the next request after the beheerder revokes the role, and logs everything', async () => {
    await nieuweBeheerder
      .getByRole('button', {
        name: 'Rol Medewerker schoolleiding ROD met kenmerk 12AB van Daan Smit intrekken',
      })
      .click()
    await expect
      .poll(() => nieuweBeheerder.getByTestId('beheer-status').innerText(), { timeout: 10_000 })
      .toContain('is ingetrokken')

    expect(await nextRequest(collega)).not.toContain('medewerker-schoolleiding-rod')
    await collega.reload()
    await expect.poll(() => navSections(collega), { timeout: 10_000 }).not.toContain('rod')

    await open(nieuweBeheerder, '/beheer/logboek', 'Logboek')
    const log = nieuweBeheerder.getByTestId('logboek-tabel')
    const text = await log.innerText({ timeout: 10_000 })
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
    expect(csv.body).toContain('"beheer.rol.ingetrokken"')
  })
})
