/**
 * The Onderwijs Serviceregister in the browser: bestuur B arranges its overeenkomst with Kennisnet;
 * bestuur A gives a mandaat (keyboard only), copies it and revokes the copy, and the diensten API
 * (a real client-credentials token from the broker) answers accordingly on the next call. Every
 * page: axe, English, and no sideways scrolling at 375 px.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { startPortal } from '../support/portal'

const BASE = 9600
let portal: Awaited<ReturnType<typeof startPortal>>
let browser: Browser
const found: Record<string, string[]> = {}
const gescand: string[] = []

beforeAll(async () => {
  portal = await startPortal(BASE)
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
  const h1 = page.locator('main h1').first()
  await h1.waitFor({ timeout: 15_000 })
  if (kop) await expect(h1.innerText({ timeout: 15_000 })).resolves.toBe(kop)
  // Pages fill in after their data: wait until nothing is loading any more.
  await page.waitForFunction(
    () => !document.querySelector('main [aria-busy="true"], main .utrecht-loading'),
  )
}

/** A token of a dienst from the broker (OAuth 2 client credentials, resource indicator). */
async function dienstToken(client: string): Promise<string> {
  const res = await fetch(`${portal.issuer}/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${client}:demo-secret-${client}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource: 'urn:duo:osr',
      scope: 'osr.mandaten.raadplegen',
    }),
  })
  expect(res.status).toBe(200)
  return String(((await res.json()) as { access_token: string }).access_token)
}

/** "May system S exchange for school X in dienst D today?", as the dienst asks it. */
async function magUitwisselen(token: string, systeem: string, school: string, dienst: string) {
  const res = await fetch(
    `${portal.url}/api/osr/diensten/v1/mandaat?systeem=${systeem}&school=${school}&dienst=${dienst}`,
    { headers: { Authorization: `Bearer ${token}` } },
  )
  expect(res.status).toBe(200)
  return (await res.json()) as { toegestaan: boolean; reden: { code: string } }
}

const vandaag = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())

describe('Onderwijs Serviceregister in the browser', () => {
  it('bestuur B sees why it has no OSR, requests the overeenkomst, and Kennisnet records it', async () => {
    const collega = await newPage()
    await loginAs(collega, portal.url, 'bekostiging-b')
    for (const path of ['/osr/', '/osr/mandaten']) {
      await open(collega, path)
      await expect(collega.getByTestId('geen-overeenkomst').innerText()).resolves.toContain(
        'Het Anker heeft nog geen overeenkomst OSR',
      )
      await expect(collega.locator('main').innerText()).resolves.toContain(
        'Alleen de beheerder po van uw bestuur kan de overeenkomst aanvragen',
      )
    }
    await scan(collega, 'uitleg zonder overeenkomst')

    const beheerder = await newPage()
    await loginAs(beheerder, portal.url, 'beheerder-po-b')
    await open(beheerder, '/osr/overeenkomst', 'Overeenkomst OSR')
    await expect(beheerder.getByTestId('overeenkomst-status').innerText()).resolves.toContain(
      'nog niet getekend',
    )
    // The earlier request was refused: the reason is shown.
    await expect(beheerder.getByTestId('aanvragen').innerText()).resolves.toContain('niet bevoegd')
    await scan(beheerder, 'overeenkomst aanvragen')
    await beheerder.locator('#aanvraag-naam').fill('mr. K. (Karel) Bosman')
    await beheerder.locator('#aanvraag-functie').fill('Voorzitter college van bestuur')
    await beheerder.locator('#aanvraag-email').fill('k.bosman@hetanker.example.nl')
    await beheerder.getByRole('button', { name: 'Aanvraag versturen' }).click()
    await beheerder.getByText(/Uw aanvraag is verstuurd \(referentie OSR-/).waitFor()
    await expect(beheerder.getByTestId('aanvragen').innerText()).resolves.toContain(
      'In behandeling bij Kennisnet',
    )

    const kennisnet = await newPage()
    await loginAsStaff(kennisnet, portal.url, 'osr-beheerder')
    await open(kennisnet, '/osr/register/aanvragen', 'Aanvragen overeenkomst OSR')
    const kaart = kennisnet.getByTestId('open-aanvraag').filter({ hasText: 'Het Anker' })
    await expect(kaart.innerText()).resolves.toContain('mr. K. (Karel) Bosman')
    await scan(kennisnet, 'register aanvragen')
    await kaart.locator('input[type="date"]').fill(vandaag())
    await kaart.getByRole('button', { name: /Ondertekening vastleggen/ }).click()
    await kennisnet.getByText(/De ondertekening van .* Het Anker is vastgelegd/).waitFor()

    await open(beheerder, '/osr/overeenkomst', 'Overeenkomst OSR')
    await expect(beheerder.getByTestId('overeenkomst-status').innerText()).resolves.toContain(
      'Het Anker heeft de overeenkomst OSR getekend',
    )
    await expect(beheerder.locator('main').innerText()).resolves.toContain('mr. K. (Karel) Bosman')
  })

  it('Kennisnet sees the systems waiting for their test and their endpoints', async () => {
    const kennisnet = await newPage()
    await loginAsStaff(kennisnet, portal.url, 'osr-beheerder')
    await open(kennisnet, '/osr/register/systemen', 'Systemen van leveranciers')
    await expect(kennisnet.getByTestId('wachtend-systeem').innerText()).resolves.toContain(
      'Klasweb',
    )
    await kennisnet.getByText('Eerdere endpoints van Wise LAS').click()
    await kennisnet.getByText('https://wise-las.example/osr').waitFor()
    await scan(kennisnet, 'register systemen')
  })

  it('gives a mandaat by keyboard, copies it, revokes the copy: the diensten API follows', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'osr')
    const systemen = (await page.evaluate(async () =>
      (await fetch('/api/osr/systemen')).json(),
    )) as {
      systemen: Array<{ id: string; naam: string }>
    }
    const lp = systemen.systemen.find((s) => s.naam === 'LeerlingPlan')!.id
    const token = await dienstToken('dienst-oso')
    // The demo's OSO mandaat of 12AB was revoked: the dienst hears so.
    await expect(magUitwisselen(token, lp, '12AB', 'oso')).resolves.toMatchObject({
      toegestaan: false,
      reden: { code: 'mandaat-ingetrokken' },
    })

    // OBS Het Kompas moves to LeerlingPlan.
    await open(page, '/osr/las', 'Systemen per school')
    await scan(page, 'systemen per school')
    await page.locator('#las-keuze-34CD').selectOption(lp)
    await page.getByRole('button', { name: /Opslaan\s+OBS Het Kompas/ }).click()
    await page.getByText('OBS Het Kompas gebruikt nu LeerlingPlan.').waitFor()

    // A new OSO mandaat for 12AB, by keyboard only.
    await open(page, '/osr/mandaten/nieuw', 'Nieuw mandaat')
    await scan(page, 'nieuw mandaat')
    await page.locator('#mandaat-school').focus()
    await page.keyboard.press('ArrowDown') // OBS De Regenboog (12AB)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
      'mandaat-dienst',
    )
    await page.keyboard.press('Space') // ROD PO
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown') // … OSO
    await expect(page.locator('#mandaat-school').inputValue()).resolves.toBe('12AB')
    await expect(page.locator('input[value="oso"]').isChecked()).resolves.toBe(true)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('mandaat-systeem')
    // The school's own LAS is proposed.
    await expect(page.locator('#mandaat-systeem').inputValue()).resolves.toBe(lp)
    for (let i = 0; i < 12; i++) {
      const tag = await page.evaluate(() => document.activeElement?.getAttribute('type'))
      if (tag === 'submit') break
      await page.keyboard.press('Tab')
    }
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Mandaat geven',
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/osr\/mandaten\/[0-9a-f-]{36}\?nieuw=1$/, { timeout: 15_000 })
    await page.getByText('Het mandaat is gegeven.').waitFor({ timeout: 15_000 })
    await expect(page.locator('main h1').innerText()).resolves.toBe(
      'Mandaat OSO (overstapservice) voor OBS De Regenboog',
    )
    await scan(page, 'mandaat')
    await expect(magUitwisselen(token, lp, '12AB', 'oso')).resolves.toMatchObject({
      toegestaan: true,
    })
    await expect(magUitwisselen(token, lp, '34CD', 'oso')).resolves.toMatchObject({
      toegestaan: false,
      reden: { code: 'geen-mandaat' },
    })

    // Copy it to the other school that uses LeerlingPlan.
    await page.getByLabel('OBS Het Kompas (34CD)').check()
    await page.getByRole('button', { name: 'Kopiëren' }).click()
    await page.getByText('Het mandaat is gekopieerd naar OBS Het Kompas.').waitFor()
    await expect(magUitwisselen(token, lp, '34CD', 'oso')).resolves.toMatchObject({
      toegestaan: true,
    })

    // Revoke the copy from the list.
    await open(page, '/osr/mandaten?school=34CD&dienst=oso&status=actief', 'Mandaten')
    await scan(page, 'mandaten')
    await page.locator('[data-mandaat="34CD|oso|LeerlingPlan|actief"] a').click()
    await page
      .getByRole('heading', { name: 'Mandaat OSO (overstapservice) voor OBS Het Kompas' })
      .waitFor()
    await page.getByRole('button', { name: 'Intrekken' }).click()
    const dialoog = page.getByRole('alertdialog')
    await expect(dialoog.innerText()).resolves.toContain(
      'LeerlingPlan kan dan direct geen gegevens meer uitwisselen',
    )
    await dialoog.getByRole('button', { name: 'Intrekken' }).click()
    await page.getByText('Het mandaat is ingetrokken.').waitFor()
    await expect(page.getByTestId('mandaat-status').innerText()).resolves.toContain('Ingetrokken')

    // The very next call of the dienst.
    await expect(magUitwisselen(token, lp, '34CD', 'oso')).resolves.toMatchObject({
      toegestaan: false,
      reden: { code: 'mandaat-ingetrokken' },
    })
    await expect(magUitwisselen(token, lp, '12AB', 'oso')).resolves.toMatchObject({
      toegestaan: true,
    })
  })

  it('warns about a school without a required mandaat', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'osr')
    await open(page, '/osr/')
    await expect(page.getByTestId('waarschuwingen').innerText()).resolves.toMatch(/aandachtspunt/)
    await expect(page.locator('main').innerText()).resolves.toContain(
      'OBS Het Kompas (34CD): Geen mandaat voor RIO',
    )
    await scan(page, 'overzicht')
    await open(page, '/osr/mandaten', 'Mandaten')
    await expect(
      page.locator('[data-dienst="rio"][data-waarschuwing="ontbreekt"]').count(),
    ).resolves.toBe(1)
    await open(page, '/osr/overeenkomst', 'Overeenkomst OSR')
    await scan(page, 'overeenkomst getekend')
  })

  const PAGINAS = ['/osr/', '/osr/overeenkomst', '/osr/las', '/osr/mandaten', '/osr/mandaten/nieuw']

  it('speaks English on every page, without a Dutch word of its own left', async () => {
    const page = await newPage()
    await page.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
    await loginAs(page, portal.url, 'osr')
    const koppen: string[] = []
    for (const path of PAGINAS) {
      await open(page, path)
      const tekst = await page.locator('main').innerText()
      expect(tekst, path).not.toMatch(/\bosr\.[a-zA-Z]/)
      expect(tekst, path).not.toMatch(
        /\b(Bezig met laden|Geen mandaat|Opslaan|Intrekken|verplicht)\b/,
      )
      koppen.push(await page.locator('main h1').first().innerText())
    }
    expect(koppen).toEqual([
      'Education Service Register (OSR)',
      'Overeenkomst OSR (agreement)',
      'Systems per school',
      'Mandaten (mandates)',
      'New mandaat',
    ])
    await expect(page.locator('main').innerText()).resolves.toContain('Dienst (service)')
    await scan(page, 'nieuw mandaat (English)')
    const kennisnet = await newPage()
    await kennisnet.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
    await loginAsStaff(kennisnet, portal.url, 'osr-beheerder')
    await open(kennisnet, '/osr/register/systemen', 'Supplier systems')
    await scan(kennisnet, 'register systemen (English)')
    await open(kennisnet, '/osr/register/aanvragen', 'Requests for the overeenkomst OSR')
    await scan(kennisnet, 'register aanvragen (English)')
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
    // Log in at full width (the session bar folds away below 48rem), then narrow the window.
    const page = await newPage()
    await loginAs(page, portal.url, 'osr')
    await page.setViewportSize({ width: 375, height: 800 })
    const id = (
      (await page.evaluate(async () =>
        (await fetch('/api/osr/mandaten?status=actief')).json(),
      )) as {
        mandaten: Array<{ id: string }>
      }
    ).mandaten[0]!.id
    for (const path of [...PAGINAS, `/osr/mandaten/${id}`]) await meet(page, path)
    const kennisnet = await newPage()
    await loginAsStaff(kennisnet, portal.url, 'osr-beheerder')
    await kennisnet.setViewportSize({ width: 375, height: 800 })
    for (const path of ['/osr/', '/osr/register/aanvragen', '/osr/register/systemen'])
      await meet(kennisnet, path)
    expect(breed).toEqual([])
  })

  it('finds no axe-core violations on any OSR page', () => {
    // Every page of the section was scanned, some in more than one state.
    expect(gescand.length).toBeGreaterThanOrEqual(12)
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
