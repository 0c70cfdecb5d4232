/**
 * Around the sections (issue #16), in Debian's Chromium against the portal as `npm run demo`
 * starts it, with the clock on 15 February 2022: the seed's announcement, XBRL's maintenance
 * window on both sides of its date, the manuals, the newsletter's double opt-in through the
 * demo's mail catcher, the e-mail settings, the feedback survey by keyboard only, and the
 * redactie's pages. Every page through axe and in English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { overflowX, pageReady } from '../support/layout'

type Portal = Awaited<ReturnType<typeof startPortal>>

interface Mail {
  aan: string[]
  onderwerp: string
  tekst: string
  kopregels: Record<string, string>
}

let portal: Portal
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  portal = await startPortal(10100, { DUO_NOW: '2022-02-15T10:00:00+01:00' })
  browser = await launchBrowser()
})
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {})
  await browser?.close()
  await portal?.stop()
})

/** A fresh browser (no cookies, no storage); `en` starts it in English. */
async function newPage(taal: 'nl' | 'en' = 'nl'): Promise<Page> {
  // bypassCSP only so axe-core can be injected (as in the other browser tests).
  const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true })
  contexts.push(context)
  const page = await context.newPage()
  if (taal === 'en') await page.addInitScript(() => localStorage.setItem('duo.taal', 'en'))
  return page
}

async function open(page: Page, path: string, kop: string | RegExp): Promise<void> {
  await page.goto(`${portal.url}${path}`)
  await page.locator('main h1', { hasText: kop }).first().waitFor({ timeout: 15_000 })
  await pageReady(page)
}

async function scan(page: Page, waar: string): Promise<void> {
  expect(await axeViolations(page), waar).toEqual([])
}

/** The mails the demo's mail catcher received (the worker sends within a few seconds). */
async function mails(): Promise<Mail[]> {
  return (await fetch(`${portal.mailUrl}/api/mails`)).json() as Promise<Mail[]>
}
async function wachtOpMail(aan: string, onderwerp: RegExp): Promise<Mail> {
  let gevonden: Mail | undefined
  await expect
    .poll(
      async () => {
        gevonden = (await mails()).find((m) => m.aan.includes(aan) && onderwerp.test(m.onderwerp))
        return !!gevonden
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true)
  return gevonden!
}

describe('announcements', () => {
  it("shows the seed's eHerkenning notice to everyone; dismissed, it stays away in this browser", async () => {
    const page = await newPage()
    await open(page, '/', 'Welkom bij Mijn DUO')
    const banner = page.getByTestId('mededelingen-banner')
    await expect(banner.innerText()).resolves.toContain('Inloggen met eHerkenning wordt verplicht')
    // The bar shows its title; the text opens from it ("Lees meer" on the seed's page).
    await expect(banner.innerText()).resolves.not.toContain('vanaf 1 januari 2022')
    const meer = banner.getByTestId('mededeling-lees-meer')
    await meer.click()
    await expect(meer.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(banner.innerText()).resolves.toContain('vanaf 1 januari 2022')
    await scan(page, 'home (anoniem)')
    await banner.getByRole('button', { name: /Verbergen/ }).click()
    await expect.poll(() => banner.count()).toBe(0)
    // Focus is not lost: it is on the page's main area.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await page.reload()
    await pageReady(page)
    await expect(page.getByTestId('mededelingen-banner').count()).resolves.toBe(0)
  })

  it('keeps the page heading near the top on a phone, and never scrolls sideways', async () => {
    const page = await newPage()
    await page.setViewportSize({ width: 375, height: 800 })
    await open(page, '/handleidingen', 'Handleidingen en aanmeldformulieren')
    await expect(page.getByTestId('mededelingen-banner').count()).resolves.toBe(1)
    const top = await page
      .locator('main h1')
      .first()
      .evaluate((h) => h.getBoundingClientRect().top)
    // Less the notice of the demo's fixed clock (DUO_NOW), which a real portal never shows.
    const klok = await page
      .getByTestId('clock-notice')
      .evaluate((e) => e.getBoundingClientRect().height)
    expect(top - klok).toBeLessThan(320)
    expect((await overflowX(page)).px).toBe(0)
    await page.setViewportSize({ width: 320, height: 640 })
    for (const pad of ['/', '/nieuwsbrief', '/feedback']) {
      await page.goto(`${portal.url}${pad}`)
      await pageReady(page)
      expect((await overflowX(page)).px, pad).toBe(0)
    }
  })

  it("shows a role's notice on the home page to its holders, remembered per person when dismissed", async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'beheerder-po')
    await open(page, '/', 'Welkom bij Mijn DUO')
    const home = page.getByTestId('mededelingen-home')
    await expect(home.innerText()).resolves.toContain('Nieuwe rollen voor ROD')
    await scan(page, 'home (beheerder po)')
    await home.getByRole('button', { name: /Verbergen/ }).click()
    await expect.poll(() => page.getByTestId('mededelingen-home').count()).toBe(0)

    // Another browser of the same person: dismissed there too (the BFF remembers).
    const elders = await newPage('en')
    await loginAs(elders, portal.url, 'beheerder-po')
    await open(elders, '/', 'Welcome to Mijn DUO')
    await expect(elders.getByTestId('mededelingen-home').count()).resolves.toBe(0)
    await expect(elders.getByTestId('mededelingen-banner').innerText()).resolves.toContain(
      'Logging in with eHerkenning becomes mandatory',
    )
    await scan(elders, 'home (English)')
  })
})

describe("XBRL's maintenance window", () => {
  it('before 1 March 2022: the message in its place, and none of its code fetched', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    const xbrlOrigin = `http://localhost:${portal.ports.sections.xbrl}`
    const naarXbrl: string[] = []
    page.on('request', (r) => {
      if (r.url().startsWith(xbrlOrigin)) naarXbrl.push(r.url())
    })
    await open(page, '/', 'Welkom bij Mijn DUO')
    await expect(page.locator('[data-onderhoud="xbrl"]').innerText()).resolves.toContain(
      'Het XBRL Onderwijsportaal wordt vernieuwd en is vanaf 1 maart 2022 weer beschikbaar.',
    )
    await open(page, '/xbrl/', 'XBRL onderwijsportaal wordt vernieuwd')
    await expect(page.getByTestId('section-onderhoud').innerText()).resolves.toContain(
      'vanaf 1 maart 2022 weer beschikbaar',
    )
    await scan(page, 'xbrl onderhoud')
    expect(naarXbrl).toEqual([])
    // Its API says the same to anything that calls it.
    const api = await page.evaluate(async () => {
      const r = await fetch('/api/xbrl/aanleveringen')
      return { status: r.status, body: await r.json() }
    })
    expect(api).toMatchObject({
      status: 503,
      body: { code: 'onderhoud', beschikbaarVanaf: '2022-03-01' },
    })

    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('main h1', { hasText: 'XBRL education portal is being renewed' }).waitFor()
    await expect(page.getByTestId('section-onderhoud').innerText()).resolves.toContain(
      'available again from 1 March 2022',
    )
    await scan(page, 'xbrl onderhoud (English)')
  })

  it('after its day (the redactie moves it to 10 February): the section loads and works', async () => {
    const redacteur = await newPage()
    await loginAsStaff(redacteur, portal.url, 'redacteur')
    await open(redacteur, '/redactie/onderhoud', 'Onderhoud van onderdelen')
    await expect(redacteur.getByTestId('onderhoud-tabel').innerText()).resolves.toContain(
      'Nu in onderhoud',
    )
    await scan(redacteur, 'redactie onderhoud')
    const form = redacteur.getByTestId('onderhoud-form')
    await form.getByLabel('Onderdeel').selectOption('xbrl')
    await form.getByLabel('Weer beschikbaar vanaf').fill('2022-02-10')
    await form.getByRole('button', { name: 'Opslaan' }).click()
    await expect
      .poll(() => redacteur.getByTestId('redactie-status').innerText(), { timeout: 10_000 })
      .toContain('ingesteld')
    await expect
      .poll(() => redacteur.getByTestId('onderhoud-tabel').innerText(), { timeout: 10_000 })
      .toContain('Voorbij')

    const page = await newPage()
    await loginAs(page, portal.url, 'verantwoording')
    await page.goto(`${portal.url}/xbrl/`)
    await page.locator('.duo-section__layout').waitFor({ timeout: 20_000 })
    await expect(page.getByTestId('section-onderhoud').count()).resolves.toBe(0)
    const api = await page.evaluate(async () => (await fetch('/api/xbrl/aanleveringen')).status)
    expect(api).toBe(200)
  })
})

describe('manuals and forms', () => {
  it('lists them per section, as PDFs, with the beheerder form linked to the online aanmelding', async () => {
    const page = await newPage()
    await open(page, '/handleidingen', 'Handleidingen en aanmeldformulieren')
    const formulier = page.locator('[data-handleiding="aanmelding-beheerder"]')
    await expect(formulier.innerText()).resolves.toContain(
      'Aanmelding en wijziging Mijn DUO met eHerkenning (beheerder) (PDF,',
    )
    await expect(formulier.locator('[data-online]').getAttribute('href')).resolves.toBe(
      '/beheer/aanmelding',
    )
    await scan(page, 'handleidingen')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      formulier.getByRole('link', { name: /PDF/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('aanmelding-beheerder.pdf')

    const en = await newPage('en')
    await open(en, '/handleidingen', 'Manuals and registration forms')
    await expect(en.locator('main').innerText()).resolves.toContain(
      'Rather online? Register administrators online',
    )
    await scan(en, 'handleidingen (English)')
  })
})

describe('the newsletter', () => {
  const email = 'lisa.devries@school.example'

  it('subscribes without an account: a confirmation mail, and nothing until it is confirmed', async () => {
    const page = await newPage()
    await page.goto(`${portal.url}/`)
    await page.getByRole('link', { name: 'Abonneer u op onze nieuwsbrief' }).first().click()
    await page.locator('main h1', { hasText: 'Abonneer u op onze nieuwsbrief' }).waitFor()
    await pageReady(page)
    // Sending empty: the summary and the fields say what is missing.
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      'Controleer uw invoer',
    )
    await scan(page, 'nieuwsbrief (fouten)')
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Bekostiging', { exact: true }).check()
    await page.getByRole('button', { name: 'Aanmelden' }).click()
    await expect(page.getByTestId('nieuwsbrief-verstuurd').innerText()).resolves.toContain(email)
    await scan(page, 'nieuwsbrief (verstuurd)')

    const bevestiging = await wachtOpMail(email, /Bevestig uw aanmelding/)
    const link = /(http:\/\/localhost:\d+\/nieuwsbrief\/bevestigen\?t=[\w-]+)/.exec(
      bevestiging.tekst,
    )![1]!

    // Before confirming, an issue on its topic does not reach this address.
    const redacteur = await newPage()
    await loginAsStaff(redacteur, portal.url, 'redacteur')
    await open(redacteur, '/redactie/nieuwsbrief', 'Nieuwsbrief')
    await expect(redacteur.getByTestId('abonnees-tabel').innerText()).resolves.toMatch(
      /Bekostiging\s+0/,
    )

    // A tampered link is refused; the real one, after a click, confirms.
    await open(
      page,
      '/nieuwsbrief/bevestigen?t=' + 'x'.repeat(43),
      'Aanmelding voor de nieuwsbrief bevestigen',
    )
    await page.getByTestId('nieuwsbrief-bevestig').click()
    await expect(page.getByRole('alert').innerText()).resolves.toContain('ongeldig')
    await page.goto(link)
    await page
      .locator('main h1', { hasText: 'Aanmelding voor de nieuwsbrief bevestigen' })
      .waitFor()
    await scan(page, 'bevestigen')
    await page.getByTestId('nieuwsbrief-bevestig').click()
    await expect(page.getByTestId('nieuwsbrief-bevestigd').innerText()).resolves.toContain(
      'Bekostiging',
    )
  })

  it('lets the redactie send an issue; every mail unsubscribes in one click', async () => {
    const redacteur = await newPage()
    await loginAsStaff(redacteur, portal.url, 'redacteur')
    await open(redacteur, '/redactie/nieuwsbrief', 'Nieuwsbrief')
    await expect(redacteur.getByTestId('abonnees-tabel').innerText()).resolves.toMatch(
      /Bekostiging\s+1/,
    )
    await scan(redacteur, 'redactie nieuwsbrief')
    const form = redacteur.getByTestId('nieuwsbrief-form')
    await form.getByLabel('Onderwerp').selectOption('bekostiging')
    await form.getByLabel('Titel').fill('Teldatum 1 februari voorbij')
    await form.getByLabel('Tekst').fill('De tellingen van 1 februari staan in Mijn DUO.')
    await form.getByRole('button', { name: 'Versturen' }).click()
    const dialog = redacteur.getByRole('alertdialog')
    await expect(dialog.innerText()).resolves.toContain('gaat naar 1 abonnees van Bekostiging')
    await dialog.getByRole('button', { name: 'Versturen' }).click()
    await expect
      .poll(() => redacteur.getByTestId('redactie-status').innerText(), { timeout: 10_000 })
      .toContain('klaar voor 1 abonnees')

    const uitgave = await wachtOpMail(email, /DUO nieuwsbrief: Teldatum/)
    expect(uitgave.kopregels['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    const uit = /<([^>]+)>/.exec(uitgave.kopregels['list-unsubscribe'] ?? '')![1]!
    expect(uitgave.tekst).toContain(uit)

    const page = await newPage('en')
    await page.goto(uit)
    await page.locator('main h1', { hasText: 'Unsubscribe from the newsletter' }).waitFor()
    await expect(
      page.getByTestId('uitgeschreven').innerText({ timeout: 10_000 }),
    ).resolves.toContain('You have been unsubscribed')
    await scan(page, 'uitschrijven (English)')
    await open(redacteur, '/redactie/nieuwsbrief', 'Nieuwsbrief')
    await expect(redacteur.getByTestId('abonnees-tabel').innerText()).resolves.toMatch(
      /Bekostiging\s+0/,
    )
  })

  it('speaks English on the subscription form', async () => {
    const page = await newPage('en')
    await open(page, '/nieuwsbrief', 'Subscribe to our newsletter')
    await expect(page.locator('main').innerText()).resolves.toContain('You need no account.')
    await scan(page, 'nieuwsbrief (English)')
  })
})

describe('e-mail notifications', () => {
  it("are set on the person's own page, reached from the header, with the address checked", async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'raadpleger')
    await page.getByTestId('link-emailberichten').click()
    await page.locator('main h1', { hasText: 'E-mailberichten' }).waitFor()
    await pageReady(page)
    await scan(page, 'e-mailberichten')
    await page.getByLabel('Uw e-mailadres').fill('geen adres')
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page.getByRole('alert').first().innerText({ timeout: 10_000 })).resolves.toContain(
      'geldig e-mailadres',
    )
    await page.getByLabel('Uw e-mailadres').fill('m.deboer@delinde.example')
    await page.getByLabel('Een nieuwe brief of beschikking in het digitaal archief').uncheck()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect
      .poll(() => page.getByTestId('emailberichten-status').innerText(), { timeout: 10_000 })
      .toContain('opgeslagen')
    await page.reload()
    await pageReady(page)
    await expect(page.getByLabel('Uw e-mailadres').inputValue()).resolves.toBe(
      'm.deboer@delinde.example',
    )
    await expect(
      page.getByLabel('Een nieuwe brief of beschikking in het digitaal archief').isChecked(),
    ).resolves.toBe(false)

    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('main h1', { hasText: 'E-mail notifications' }).waitFor()
    await expect(page.locator('main').innerText()).resolves.toContain(
      'A reply of the helpdesk on your melding',
    )
    await scan(page, 'e-mailberichten (English)')
  })
})

describe('the feedback survey', () => {
  it('opens from the panel and is filled in and sent with the keyboard only', async () => {
    const page = await newPage()
    await open(page, '/handleidingen', 'Handleidingen en aanmeldformulieren')
    await expect(page.getByTestId('feedback-panel').innerText()).resolves.toContain(
      'Het duurt ongeveer 1 minuut.',
    )
    // Tab until "Ja, ik doe mee" has focus, then Enter: no mouse anywhere in this test.
    const focusTekst = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
    for (let i = 0; i < 80 && (await focusTekst()) !== 'Ja, ik doe mee'; i++)
      await page.keyboard.press('Tab')
    expect(await focusTekst()).toBe('Ja, ik doe mee')
    await page.keyboard.press('Enter')
    await page.locator('main h1', { hasText: 'Wat vindt u van de website?' }).waitFor()
    await pageReady(page)
    await expect(page.getByTestId('feedback-pagina').innerText()).resolves.toContain(
      '/handleidingen',
    )
    await scan(page, 'enquête')

    // After the navigation focus is on the h1; Tab reaches the scores, arrows choose one.
    const focusId = () => page.evaluate(() => document.activeElement?.id ?? '')
    for (let i = 0; i < 20 && !(await focusId()).startsWith('fb-score'); i++)
      await page.keyboard.press('Tab')
    expect(await focusId()).toBe('fb-score')
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('4')
    await page.keyboard.press('Tab')
    expect(await focusId()).toBe('fb-goed')
    await page.keyboard.type('Alles snel gevonden')
    await page.keyboard.press('Tab')
    expect(await focusId()).toBe('fb-beter')
    await page.keyboard.type('Meer uitleg bij XBRL')
    await page.keyboard.press('Tab')
    expect(await focusId()).toBe('fb-email')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.getByTestId('feedback-bedankt').waitFor({ timeout: 10_000 })
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('feedback-bedankt')
    await scan(page, 'enquête (bedankt)')
  })

  it('speaks English, and refuses without a score', async () => {
    const page = await newPage('en')
    await open(page, '/feedback?pagina=/', 'What do you think of the website?')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      'Choose a score from 1 to 5',
    )
    await scan(page, 'enquête (English)')
  })

  it('shows the redactie the results per page and over time, as a chart and a table, and as CSV', async () => {
    const page = await newPage()
    await loginAsStaff(page, portal.url, 'redacteur')
    await page.getByTestId('link-redactie').click()
    await page.locator('main h1', { hasText: 'Mededelingen' }).waitFor()
    await open(page, '/redactie/feedback', 'Feedback op de website')
    // 36 answers of the demo data and the one given above.
    await expect(page.getByTestId('feedback-totaal').innerText()).resolves.toContain(
      '37 antwoorden',
    )
    await expect(page.getByTestId('grafiek').getAttribute('role')).resolves.toBe('img')
    await expect(page.getByTestId('feedback-maanden').innerText()).resolves.toMatch(/jan 2022/)
    await expect(page.getByTestId('feedback-paginas').innerText()).resolves.toContain(
      '/handleidingen',
    )
    await scan(page, 'redactie feedback')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('feedback-export').click(),
    ])
    const pad = await download.path()
    const { readFileSync } = await import('node:fs')
    const csv = readFileSync(pad!, 'utf8')
    expect(csv.split('\r\n')[0]).toBe('\uFEFFgegeven_op;pagina;score;goed;beter;email;taal')
    expect(csv).toContain(';/handleidingen;4;Alles snel gevonden;Meer uitleg bij XBRL;;nl')

    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('main h1', { hasText: 'Feedback on the website' }).waitFor()
    await scan(page, 'redactie feedback (English)')
  })
})

describe("the redactie's announcements", () => {
  it('publishes one for everyone logged in, which then shows above every page', async () => {
    const page = await newPage()
    await loginAsStaff(page, portal.url, 'redacteur')
    await open(page, '/redactie/mededelingen', 'Mededelingen')
    await expect(page.getByTestId('mededelingen-tabel').innerText()).resolves.toContain(
      'Inloggen met eHerkenning wordt verplicht',
    )
    await scan(page, 'redactie mededelingen')
    const form = page.getByTestId('mededeling-form')
    await form.getByRole('button', { name: 'Publiceren' }).click()
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain(
      'Controleer uw invoer',
    )
    await form.getByLabel('Titel (Nederlands)').fill('Onderhoud zaterdag')
    await form.getByLabel('Titel (Engels)').fill('Maintenance on Saturday')
    await form
      .getByLabel('Tekst (Nederlands)')
      .fill('Zaterdag is Mijn DUO van 8 tot 10 uur niet bereikbaar.')
    await form
      .getByLabel('Tekst (Engels)')
      .fill('On Saturday Mijn DUO is unavailable from 8 to 10.')
    await form.getByLabel('Let op').check()
    await form.getByLabel('Als balk boven elke pagina').check()
    await form.getByLabel('Iedereen die is ingelogd').check()
    await form.getByRole('button', { name: 'Publiceren' }).click()
    await expect
      .poll(() => page.getByTestId('redactie-status').innerText(), { timeout: 10_000 })
      .toContain('gepubliceerd')
    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('main h1', { hasText: 'Announcements' }).waitFor()
    await scan(page, 'redactie mededelingen (English)')

    const bestuur = await newPage()
    await loginAs(bestuur, portal.url, 'medewerker-bekostiging')
    await open(bestuur, '/', 'Welkom bij Mijn DUO')
    await expect(bestuur.getByTestId('mededelingen-banner').innerText()).resolves.toContain(
      'Onderhoud zaterdag',
    )
    const anoniem = await newPage()
    await open(anoniem, '/', 'Welkom bij Mijn DUO')
    await expect(anoniem.getByTestId('mededelingen-banner').innerText()).resolves.not.toContain(
      'Onderhoud zaterdag',
    )
  })
})
