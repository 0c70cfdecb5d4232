import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { bevindingen, detail, fakeBff, validatie } from '../../testing/fixtures'

/** A stand-in for XMLHttpRequest: the test decides progress and the answer. */
class NepXhr {
  static laatste: NepXhr | null = null
  upload: {
    onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null
  } = { onprogress: null }
  onload: (() => void) | null = null
  onerror: (() => void) | null = null
  onabort: (() => void) | null = null
  status = 0
  responseText = ''
  methode = ''
  pad = ''
  kop: Record<string, string> = {}
  body: unknown = null
  open(methode: string, pad: string) {
    this.methode = methode
    this.pad = pad
  }
  setRequestHeader(k: string, v: string) {
    this.kop[k] = v
  }
  send(body: unknown) {
    this.body = body
    NepXhr.laatste = this
  }
  antwoord(status: number, body: unknown) {
    this.status = status
    this.responseText = JSON.stringify(body)
    this.onload?.()
  }
}

afterEach(() => vi.unstubAllGlobals())

const kies = (input: HTMLInputElement, files: File[]) => {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

// Pages compile on first mount: give a busy machine room.
describe('an aanlevering', { timeout: 30_000 }, () => {
  // The first mount compiles the page: give a busy machine room.
  it(
    'shows its state and the findings per statement, with the line to fix',
    { timeout: 30_000 },
    async () => {
      const bff = fakeBff({
        'GET /api/xbrl/aanleveringen/a-1': () => detail(),
        'GET /api/xbrl/aanleveringen/a-1/bevindingen': () => bevindingen(),
      })
      const page = await mountSection(section, 'alles', {
        path: 'aanleveringen/a-1',
        fetch: bff.fetch,
      })
      expect(page.find('h1').text()).toBe('Jaarverantwoording 2026, versie 1')
      expect(page.find('[data-testid="aanlevering-status"]').text()).toContain('Concept')
      expect(page.find('[data-testid="validatie-uitkomst"]').text()).toBe(
        'Er zijn 2 fouten gevonden. En 1 waarschuwing.',
      )
      const koppen = page.findAll('[data-testid="bevindingen"] h3').map((h) => h.text())
      expect(koppen).toEqual([
        'Balans (2 fout(en), 0 waarschuwing(en))',
        'Het bestand (0 fout(en), 1 waarschuwing(en))',
      ])
      expect(page.find('[data-testid="bevindingen"] tbody tr').text()).toContain(
        'Regel 21, kolom 3',
      )
      expect(page.find('[data-testid="niet-indienen"]').text()).toBe(
        'U kunt indienen zodra uw bestand zonder fouten is gecontroleerd.',
      )
      expect(page.find('[data-testid="indienen"]').exists()).toBe(false)
    },
  )

  it('follows a language switch: findings, statuses and buttons in English', async () => {
    const taal = ref<'nl' | 'en'>('nl')
    const bff = fakeBff({
      'GET /api/xbrl/aanleveringen/a-1': () => detail(),
      'GET /api/xbrl/aanleveringen/a-1/bevindingen': () => bevindingen(),
    })
    const page = await mountSection(section, 'alles', {
      path: 'aanleveringen/a-1',
      fetch: bff.fetch,
      locale: taal,
    })
    taal.value = 'en'
    await flushPromises()
    expect(page.find('h1').text()).toBe('Jaarverantwoording 2026, version 1')
    expect(page.find('[data-testid="bevindingen"]').text()).toContain(
      'Total current assets is 2,438,635',
    )
    expect(page.find('[data-testid="aanlevering-status"]').text()).toContain('Draft')
    expect(page.text()).not.toContain('Uploaden en controleren')
  })

  it('refuses to send without a file, and a file of the wrong kind, naming the field', async () => {
    const bff = fakeBff({ 'GET /api/xbrl/aanleveringen/a-1': () => detail() })
    const page = await mountSection(section, 'alles', {
      path: 'aanleveringen/a-1',
      fetch: bff.fetch,
    })
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#xbrl-bestand-fout').text()).toBe(
      'Fout: Kies het bestand met uw jaarverantwoording',
    )
    kies(page.find('#xbrl-bestand').element as HTMLInputElement, [
      new File(['%PDF-'], 'jaarrekening.pdf'),
    ])
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#xbrl-bestand-fout').text()).toMatch(/jaarrekening\.pdf/)
  })

  it('uploads the file as the body with progress, then follows the validation to its end', async () => {
    vi.stubGlobal('XMLHttpRequest', NepXhr)
    let stand = 0
    const stappen = [
      detail({
        aanlevering: {
          validatie: validatie({
            status: 'bezig',
            voortgang: 40,
            stap: { nl: 'Bestand lezen en controleren (1 MB)', en: 'Reading' },
            fouten: null,
            waarschuwingen: null,
          }),
        },
      }),
      detail({
        aanlevering: {
          status: 'gevalideerd',
          validatie: validatie({ fouten: 0, waarschuwingen: 0 }),
        },
        mag: { indienen: true },
      }),
    ]
    const bff = fakeBff({
      'GET /api/xbrl/aanleveringen/a-1': () =>
        stand === 0 ? detail() : stappen[Math.min(stand++, 1)],
      'GET /api/xbrl/aanleveringen/a-1/bevindingen': () => ({ ...bevindingen(), onderdelen: [] }),
    })
    const page = await mountSection(section, 'alles', {
      path: 'aanleveringen/a-1',
      fetch: bff.fetch,
    })
    const bestand = new File(['<xbrli:xbrl/>'], 'jv-2026.xbrl')
    kies(page.find('#xbrl-bestand').element as HTMLInputElement, [bestand])
    await page.find('form').trigger('submit')
    await flushPromises()
    const xhr = NepXhr.laatste!
    expect([xhr.methode, xhr.pad]).toEqual([
      'PUT',
      '/api/xbrl/aanleveringen/a-1/bestand?bestandsnaam=jv-2026.xbrl',
    ])
    expect((xhr.body as File).name).toBe(bestand.name)
    expect(xhr.body).toBeInstanceOf(File)
    expect(xhr.kop['X-DUO-CSRF']).toBe('1')
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 })
    await flushPromises()
    expect(page.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('50')
    vi.useFakeTimers()
    stand = 1
    xhr.antwoord(202, stappen[0])
    await flushPromises()
    expect(
      page.find('[data-testid="validatie"] [role="progressbar"]').attributes('aria-valuenow'),
    ).toBe('40')
    expect(page.find('[data-testid="validatie"]').text()).toContain(
      'Bestand lezen en controleren (1 MB)',
    )
    await vi.advanceTimersByTimeAsync(1100)
    await flushPromises()
    vi.useRealTimers()
    expect(page.find('[data-testid="validatie-uitkomst"]').text()).toBe(
      'Het bestand is zonder fouten gecontroleerd. U kunt het indienen.',
    )
    expect(page.find('[data-testid="indienen"]').exists()).toBe(true)
  })

  it('asks before submitting, then shows the referentie and moves focus to the title', async () => {
    const bff = fakeBff({
      'GET /api/xbrl/aanleveringen/a-1': () =>
        detail({
          aanlevering: {
            status: 'gevalideerd',
            validatie: validatie({ fouten: 0, waarschuwingen: 0 }),
          },
          mag: { indienen: true },
        }),
      'GET /api/xbrl/aanleveringen/a-1/bevindingen': () => ({ ...bevindingen(), onderdelen: [] }),
      'POST /api/xbrl/aanleveringen/a-1/indienen': () =>
        detail({
          aanlevering: {
            status: 'ingediend',
            referentie: 'JV-2027-4F7A2C',
            ingediendOp: '2027-03-02T10:00:00.000Z',
            ingediendDoor: 'Joost van Dijk',
            validatie: validatie({ fouten: 0, waarschuwingen: 0 }),
          },
          mag: { uploaden: false, corrigeren: true },
        }),
    })
    const page = await mountSection(section, 'alles', {
      path: 'aanleveringen/a-1',
      fetch: bff.fetch,
    })
    await page.find('[data-testid="indienen"]').trigger('click')
    await flushPromises()
    const dialog = page.find('dialog')
    expect(dialog.text()).toContain('Jaarverantwoording 2026 indienen?')
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Jaarverantwoording indienen')!
      .trigger('click')
    await flushPromises()
    expect(bff.calls.some((c) => c.method === 'POST' && c.path.endsWith('/indienen'))).toBe(true)
    expect(page.find('[data-testid="referentie"]').text()).toBe('JV-2027-4F7A2C')
    expect(page.text()).toContain(
      'Uw jaarverantwoording is ingediend met referentie JV-2027-4F7A2C.',
    )
    expect(page.find('[data-testid="correctie"]').exists()).toBe(true)
  })
})
