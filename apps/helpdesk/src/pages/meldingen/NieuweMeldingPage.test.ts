import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { ApiFout } from '../../api'

const upload = vi.hoisted(() => vi.fn())
vi.mock('../../api', async (original) => ({
  ...(await original<typeof import('../../api')>()),
  uploadForm: upload,
}))

function chooseFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}

describe('new melding form', () => {
  beforeEach(() => {
    upload.mockReset()
  })

  it('lists every problem, linked to its field, and keeps what was typed', async () => {
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    await page.find('#melding-onderwerp').setValue('Vraag over ROD')
    await page.find('form').trigger('submit')
    await flushPromises()
    const links = page.findAll('[role="alert"] a').map((a) => [a.attributes('href'), a.text()])
    expect(links).toEqual([
      ['#melding-categorie', 'Kies een categorie.'],
      ['#melding-omschrijving', 'Vul de omschrijving in.'],
    ])
    expect(page.find('#melding-categorie').attributes('aria-invalid')).toBe('true')
    expect(page.find('#melding-categorie').attributes('aria-describedby')).toBe(
      'melding-categorie-fout',
    )
    expect((page.find('#melding-onderwerp').element as HTMLInputElement).value).toBe(
      'Vraag over ROD',
    )
    expect(upload).not.toHaveBeenCalled()
  })

  it('refuses a wrong file type and too many files before sending', async () => {
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    chooseFiles(page.find('#melding-bijlagen').element as HTMLInputElement, [
      new File(['x'], 'virus.exe'),
    ])
    await flushPromises()
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-bijlagen-fout').text()).toBe(
      'virus.exe is geen PDF, PNG, JPEG, tekst- of CSV-bestand.',
    )
    chooseFiles(
      page.find('#melding-bijlagen').element as HTMLInputElement,
      Array.from({ length: 6 }, (_, i) => new File(['%PDF-'], `d${i}.pdf`)),
    )
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-bijlagen-fout').text()).toBe('Kies hoogstens 5 bijlagen.')
  })

  it('sends the form with its files, shows progress and opens the new melding', async () => {
    let report: (p: number) => void = () => {}
    let finish: (v: unknown) => void = () => {}
    upload.mockImplementation((_path: string, _form: FormData, onProgress: (p: number) => void) => {
      report = onProgress
      return new Promise((resolve) => (finish = resolve))
    })
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    await page.find('#melding-onderwerp').setValue('Storing dashboard')
    await page.find('#melding-categorie').setValue('storing')
    await page.find('#melding-school').setValue('12AB')
    await page.find('#melding-omschrijving').setValue('Het dashboard laadt niet.')
    chooseFiles(page.find('#melding-bijlagen').element as HTMLInputElement, [
      new File(['%PDF-1.4'], 'scherm.pdf'),
    ])
    await page.find('form').trigger('submit')
    await flushPromises()
    const [path, form] = upload.mock.calls[0]! as [string, FormData]
    expect(path).toBe('/api/helpdesk/meldingen')
    expect(
      Object.fromEntries(
        ['onderwerp', 'categorie', 'instellingscode', 'omschrijving'].map((k) => [k, form.get(k)]),
      ),
    ).toEqual({
      onderwerp: 'Storing dashboard',
      categorie: 'storing',
      instellingscode: '12AB',
      omschrijving: 'Het dashboard laadt niet.',
    })
    expect((form.get('bijlage') as File).name).toBe('scherm.pdf')
    report(60)
    await flushPromises()
    expect(page.find('progress').attributes('value')).toBe('60')
    expect(page.find('[aria-live="polite"]').text()).toContain('50 procent')
    expect(page.find('button[type="submit"]').attributes('aria-busy')).toBe('true')
    finish({ melding: { id: 'nieuw-1' } })
    await flushPromises()
    expect(page.find('progress').exists()).toBe(false)
  })

  it('shows the server’s refusal at the field it concerns', async () => {
    upload.mockRejectedValue(
      new ApiFout(400, 'ongeldige-bijlage', 'nep.pdf is geen PDF.', 'nep.pdf is not a PDF.', [
        { veld: 'bijlage', melding: 'nep.pdf is geen PDF.' },
      ]),
    )
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    await page.find('#melding-onderwerp').setValue('x')
    await page.find('#melding-categorie').setValue('vraag')
    await page.find('#melding-omschrijving').setValue('y')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-bijlagen-fout').text()).toBe('nep.pdf is geen PDF.')
    expect((page.find('#melding-onderwerp').element as HTMLInputElement).value).toBe('x')
  })
})
