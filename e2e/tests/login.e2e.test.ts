import type { Browser, Page } from 'playwright-core'
import * as OTPAuth from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { startPortal } from '../support/portal'
import { loginAs, navSections } from '../support/session'

type Portal = Awaited<ReturnType<typeof startPortal>>
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function freshPage(): Promise<Page> {
  return (await browser.newContext({ locale: 'nl-NL' })).newPage()
}

describe('eHerkenning login through the real redirect flow', () => {
  let portal: Portal
  beforeAll(async () => {
    // The default idle timeout: a short one (below) would end these sessions, or put its warning
    // over the page, whenever a login is slow on a busy machine.
    portal = await startPortal(9480)
  })
  afterAll(() => portal?.stop())

  it.each([
    ['beheerder-po', ['helpdesk', 'osr', 'beheer']],
    ['medewerker-bekostiging', ['helpdesk', 'bekostiging', 'beheer']],
    ['schoolleiding-12ab', ['helpdesk', 'rod', 'beheer']],
    ['rio-medewerker', ['rio', 'beheer']],
    ['osr', ['osr', 'beheer']],
    ['verantwoording', ['xbrl', 'beheer']],
    ['verantwoording-eh2', ['beheer']],
    ['helpdesk', ['helpdesk', 'beheer']],
  ])('%s sees exactly their sections', async (persona, sections) => {
    const page = await freshPage()
    await loginAs(page, portal.url, persona)
    expect(await navSections(page)).toEqual(sections)
  })

  it('shows who acts for which bestuur, and the intermediary of a ketenmachtiging', async () => {
    const page = await freshPage()
    await loginAs(page, portal.url, 'administratiekantoor')
    const bar = await page.getByTestId('session-bar').innerText()
    expect(bar).toContain('namens Stichting Openbaar Onderwijs De Linde')
    expect(bar).toContain('via 30999999')
  })

  it('explains which machtiging to arrange when the login has none', async () => {
    const page = await freshPage()
    await page.goto(`${portal.url}/auth/login?login_hint=geen-machtiging`)
    await page.waitForURL(`${portal.url}/hulp/geen-machtiging`)
    await expect(page.locator('main h1').innerText()).resolves.toBe(
      'U heeft geen machtiging voor deze dienst',
    )
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Mijn DUO voor zakelijke klanten',
    )
    expect((await page.request.get(`${portal.url}/api/me`)).status()).toBe(401)
  })

  it('refuses a section of a service the person has no machtiging for', async () => {
    const page = await freshPage()
    await loginAs(page, portal.url, 'helpdesk')
    await page.goto(`${portal.url}/bekostiging/`)
    await expect(page.getByTestId('section-gate').innerText()).resolves.toContain(
      'Mijn DUO voor zakelijke klanten',
    )
  })

  it('XBRL needs EH3: the same person at EH2+ is told why', async () => {
    const page = await freshPage()
    await loginAs(page, portal.url, 'verantwoording-eh2')
    await page.goto(`${portal.url}/xbrl/aanleveren`)
    await page.locator('main').getByText(/EH3/).first().waitFor({ timeout: 15_000 })
  })

  it('logs out at the portal and at the broker', async () => {
    const page = await freshPage()
    await loginAs(page, portal.url, 'medewerker-bekostiging')
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click()
    await page.waitForURL(`${portal.url}/`)
    await page.getByRole('link', { name: 'Inloggen met eHerkenning' }).first().waitFor()
    expect((await page.request.get(`${portal.url}/api/me`)).status()).toBe(401)
    // The broker's session is gone too: a login without a hint shows its picker again.
    await page.goto(`${portal.url}/auth/login`)
    await page.waitForURL((url) => url.origin === portal.issuer)
    await expect(page.locator('h1').first().innerText()).resolves.toContain('eHerkenning')
  })

  it('links the old helpdesk account on the first eHerkenning login', async () => {
    const page = await freshPage()
    await page.goto(`${portal.url}/auth/login?login_hint=helpdesk-legacy`)
    await page.waitForURL((url) => url.pathname === '/account/koppelen')
    await page.getByLabel('Gebruikersnaam').fill('jdevries')
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord')
    await page.getByRole('button', { name: 'Account koppelen' }).click()
    // Wait for the message itself: the page holds other (empty) live regions too.
    await page.getByRole('alert').filter({ hasText: 'onjuist' }).first().waitFor()
    // The username stays; only the password is cleared.
    await expect(page.getByLabel('Gebruikersnaam').inputValue()).resolves.toBe('jdevries')
    await page.getByLabel('Wachtwoord').fill('Welkom-2021!')
    await page.getByRole('button', { name: 'Account koppelen' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Uw account jdevries is gekoppeld' })
      .first()
      .waitFor()
  })
})

describe('the idle timeout', () => {
  let portal: Portal
  beforeAll(async () => {
    portal = await startPortal(9580, { DUO_SESSION_IDLE_SECONDS: '4' })
  })
  afterAll(() => portal?.stop())

  it('ends the session after the idle timeout', async () => {
    const page = await freshPage()
    await loginAs(page, portal.url, 'raadpleger')
    await page.waitForTimeout(5_000)
    await page.reload()
    await page.getByRole('link', { name: 'Inloggen met eHerkenning' }).first().waitFor()
    expect(await page.getByTestId('session-bar').count()).toBe(0)
  })
})

describe("the seed's dated rules, on a fixed clock", () => {
  it('before 1 April 2022 an existing helpdesk user logs in with username and password; a clock notice shows', async () => {
    const portal = await startPortal(9500, { DUO_NOW: '2022-03-15T10:00:00+01:00' })
    try {
      const page = await freshPage()
      await page.goto(`${portal.url}/inloggen`)
      await expect(page.getByTestId('clock-notice').innerText()).resolves.toContain('vaste datum')
      const form = page.locator('section', { hasText: 'Bestaande gebruiker Mijn Helpdesk po' })
      await form.getByLabel('Gebruikersnaam').fill('jdevries')
      await form.getByLabel('Wachtwoord').fill('Welkom-2021!')
      await form.getByRole('button', { name: 'Inloggen' }).click()
      await page.getByTestId('session-bar').waitFor()
      await expect(page.getByTestId('session-bar').innerText()).resolves.toContain('Jan de Vries')
      expect(await navSections(page)).toContain('helpdesk')
    } finally {
      await portal.stop()
    }
  })

  it('from 1 April 2022 the password form is gone and the API refuses it', async () => {
    const portal = await startPortal(9520, { DUO_NOW: '2022-04-01T09:00:00+02:00' })
    try {
      const page = await freshPage()
      await page.goto(`${portal.url}/inloggen`)
      await page.getByRole('heading', { name: 'Bestaande gebruiker Mijn DUO met token' }).waitFor()
      expect(
        await page.getByRole('heading', { name: 'Bestaande gebruiker Mijn Helpdesk po' }).count(),
      ).toBe(0)
      const res = await page.request.post(`${portal.url}/api/login/wachtwoord`, {
        headers: { 'X-DUO-CSRF': '1' },
        data: { gebruikersnaam: 'jdevries', wachtwoord: 'Welkom-2021!' },
      })
      expect(res.status()).toBe(403)
    } finally {
      await portal.stop()
    }
  })

  it('an existing Mijn DUO user logs in with their token "voorlopig"; a configured end date closes it', async () => {
    const open = await startPortal(9540)
    try {
      const page = await freshPage()
      await page.goto(`${open.url}/inloggen`)
      const form = page.locator('section', { hasText: 'Bestaande gebruiker Mijn DUO met token' })
      await form.getByLabel('Gebruikersnaam').fill('pbakker')
      await form.getByLabel('Wachtwoord').fill('Token-2021!')
      const totp = new OTPAuth.TOTP({
        secret: OTPAuth.Secret.fromBase32('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'),
        digits: 6,
        period: 30,
      })
      await form.getByLabel('Code van uw token').fill(totp.generate())
      await form.getByRole('button', { name: 'Inloggen' }).click()
      await page.getByTestId('session-bar').waitFor()
      expect(await navSections(page)).toContain('bekostiging')
    } finally {
      await open.stop()
    }
    const closed = await startPortal(9560, { DUO_TOKEN_TOT: '2023-01-01' })
    try {
      const page = await freshPage()
      await page.goto(`${closed.url}/inloggen`)
      await page.getByRole('link', { name: 'Inloggen met eHerkenning' }).first().waitFor()
      expect(
        await page.getByRole('heading', { name: 'Bestaande gebruiker Mijn DUO met token' }).count(),
      ).toBe(0)
    } finally {
      await closed.stop()
    }
  })
})
