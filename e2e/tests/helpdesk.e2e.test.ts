import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { axeViolations } from '../support/axe'
import { loginAs, loginAsStaff } from '../support/session'
import { startPortal } from '../support/portal'

const BASE = 9380
let portal: { url: string; stop(): Promise<void> }
let browser: Browser
const found: Record<string, string[]> = {}

beforeAll(async () => {
  // Demo mode seeds the archive's PDFs and a few meldingen, as in `npm run demo`.
  portal = await startPortal(BASE)
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

async function scan(page: Page, name: string) {
  const violations = await axeViolations(page)
  if (violations.length) found[name] = violations
}

/** DUO staff log in with DUO's own identity provider. */
const loginIntern = (page: Page, persona: string) => loginAsStaff(page, portal.url, persona)

const onderwerp = `Dashboard laadt niet ${Date.now()}`

describe('Mijn Helpdesk po in the browser', () => {
  it('creates a melding with an attachment using the keyboard only', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'helpdesk')
    await page.goto(`${portal.url}/helpdesk/meldingen/nieuw`)
    await page.locator('main h1').first().waitFor({ timeout: 15_000 })
    await scan(page, 'nieuwe melding')

    // Sending the empty form lists the problems and moves focus there.
    await page.locator('#melding-onderwerp').focus()
    await page.keyboard.type(onderwerp)
    await page.locator('main button[type="submit"]').focus()
    await page.keyboard.press('Enter')
    const summary = page.locator('[role="alert"][tabindex="-1"]')
    await summary.waitFor()
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'alert',
    )
    await expect(page.locator('#melding-onderwerp').inputValue()).resolves.toBe(onderwerp)
    await scan(page, 'nieuwe melding met fouten')

    // Fill in the rest with Tab and the keyboard.
    await page.locator('#melding-onderwerp').focus()
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('melding-categorie')
    await page.keyboard.press('ArrowDown') // "Algemene vraag"
    await page.keyboard.press('ArrowDown') // "Storing"
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('melding-school')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'melding-omschrijving',
    )
    await page.keyboard.type('Het dashboard ROD laadt niet sinds vanochtend.')
    await expect(page.locator('#melding-categorie').inputValue()).resolves.toBe('storing')
    const file = join(mkdtempSync(join(tmpdir(), 'duo-upload-')), 'schermafdruk.pdf')
    writeFileSync(file, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
    await page.locator('#melding-bijlagen').setInputFiles(file)
    await page.locator('main button[type="submit"]').focus()
    await page.keyboard.press('Enter')

    await page.waitForURL(/\/helpdesk\/meldingen\/[0-9a-f-]{36}\?nieuw=1$/, { timeout: 15_000 })
    await expect(page.locator('main h1').first().innerText({ timeout: 15_000 })).resolves.toBe(
      onderwerp,
    )
    await expect(page.locator('main').innerText()).resolves.toContain('Uw melding is verstuurd')
    await expect(page.getByRole('link', { name: 'schermafdruk.pdf' }).count()).resolves.toBe(1)
    await scan(page, 'melding detail')
  })

  it('lets helpdesk staff reply and close the loop, and the person sees the reply', async () => {
    const staff = await newPage()
    await loginIntern(staff, 'helpdeskmedewerker')
    await staff.goto(`${portal.url}/helpdesk/werkvoorraad`)
    await staff.locator('#wv-zoek').waitFor({ timeout: 15_000 })
    await staff.locator('#wv-zoek').fill(onderwerp)
    await staff.locator('#wv-zoek').press('Enter')
    await staff.getByRole('link', { name: onderwerp }).click()
    await staff.locator('#reactie-tekst').waitFor({ timeout: 15_000 })
    await scan(staff, 'werkvoorraad melding')
    await staff
      .locator('#reactie-tekst')
      .fill('Wij hebben de storing verholpen. Kunt u het opnieuw proberen?')
    await staff.locator('#reactie-status').selectOption('wacht-op-reactie')
    await staff.getByRole('button', { name: 'Bericht versturen' }).click()
    await staff.getByText('Uw bericht is verstuurd.').waitFor()
    // Staff read the status from their side: the melding waits for the bestuur.
    await expect(staff.getByTestId('melding-status').innerText()).resolves.toContain(
      'Wacht op reactie bestuur',
    )
    await staff.goto(`${portal.url}/helpdesk/werkvoorraad`)
    await staff.locator('tbody tr').first().waitFor({ timeout: 15_000 })
    await scan(staff, 'werkvoorraad')

    const page = await newPage()
    await loginAs(page, portal.url, 'helpdesk')
    await page.goto(`${portal.url}/helpdesk/`)
    await expect(page.getByTestId('ongelezen').innerText({ timeout: 15_000 })).resolves.toMatch(
      /nieuw antwoord van de helpdesk/,
    )
    await scan(page, 'landing')
    await page.goto(`${portal.url}/helpdesk/meldingen`)
    const row = page.locator('tbody tr', { hasText: onderwerp })
    await expect(row.innerText({ timeout: 15_000 })).resolves.toContain('Nieuw antwoord')
    await scan(page, 'meldingen')
    await row.getByRole('link').click()
    await page.getByText('Wij hebben de storing verholpen.').waitFor({ timeout: 15_000 })
    await page.goto(`${portal.url}/helpdesk/meldingen`)
    await expect(
      page.locator('tbody tr', { hasText: onderwerp }).innerText({ timeout: 15_000 }),
    ).resolves.not.toContain('Nieuw antwoord')
  })

  it('downloads a PDF from the digital archive and shows the contact details', async () => {
    const page = await newPage()
    await loginAs(page, portal.url, 'helpdesk')
    // The archive holds every section's letters: found by its referentie, searched in full text.
    await page.goto(`${portal.url}/helpdesk/archief?zoek=BEK-2022-41234-001`)
    const link = page.getByRole('link', { name: 'Beschikking bekostiging 2022' })
    await link.waitFor({ timeout: 15_000 })
    await scan(page, 'archief')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('Beschikking bekostiging 2022 – De Linde.pdf')
    const path = await download.path()
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')

    await page.goto(`${portal.url}/helpdesk/contact`)
    await page
      .getByRole('heading', { name: 'Helpdesk DUO Primair Onderwijs' })
      .waitFor({ timeout: 15_000 })
    await expect(page.locator('#contact-naam').inputValue()).resolves.toBe('Anouk Jansen')
    await scan(page, 'contact')
  })

  it('finds no axe-core violations on any helpdesk page', () => {
    expect(found, JSON.stringify(found, null, 2)).toEqual({})
  })
})
