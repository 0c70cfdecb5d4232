import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
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
const summary = (page: VueWrapper) => ({
  titel: page.find('.duo-error-summary h2').text(),
  links: page.findAll('.duo-error-summary a').map((a) => [a.attributes('href'), a.text()]),
})

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
    expect(page.find('#melding-categorie-fout').text()).toBe('Fout: Kies een categorie.')
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
      'Fout: virus.exe is niet toegestaan. Toegestaan: PDF, PNG, JPG, JPEG, TXT, CSV.',
    )
    chooseFiles(
      page.find('#melding-bijlagen').element as HTMLInputElement,
      Array.from({ length: 6 }, (_, i) => new File(['%PDF-'], `d${i}.pdf`)),
    )
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-bijlagen-fout').text()).toBe('Fout: Kies hoogstens 5 bestanden.')
    expect(upload).not.toHaveBeenCalled()
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
    expect(page.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('60')
    expect(page.find('.duo-progress [role="status"]').text()).toBe('50% verstuurd')
    expect(page.find('button[type="submit"]').attributes('aria-busy')).toBe('true')
    finish({ melding: { id: 'nieuw-1' } })
    await flushPromises()
    expect(page.find('[role="progressbar"]').exists()).toBe(false)
    await vi.waitFor(() =>
      expect(page.vm.$route.fullPath).toBe('/helpdesk/meldingen/nieuw-1?nieuw=1'),
    )
  })

  it('shows the server’s refusal at the field it concerns', async () => {
    upload.mockRejectedValue(
      new ApiFout(400, 'ongeldige-bijlage', 'nep.pdf is geen PDF.', 'nep.pdf is not a PDF.', [
        { veld: 'bijlage', nl: 'nep.pdf is geen PDF.', en: 'nep.pdf is not a PDF.' },
      ]),
    )
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    await page.find('#melding-onderwerp').setValue('x')
    await page.find('#melding-categorie').setValue('vraag')
    await page.find('#melding-omschrijving').setValue('y')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-bijlagen-fout').text()).toBe('Fout: nep.pdf is geen PDF.')
    expect(summary(page).links).toEqual([['#melding-bijlagen', 'nep.pdf is geen PDF.']])
    expect((page.find('#melding-onderwerp').element as HTMLInputElement).value).toBe('x')
  })

  it('shows a refusal that names no field apart, not as a problem with the input', async () => {
    upload.mockRejectedValue(
      new ApiFout(500, 'storing', 'Er ging iets mis aan onze kant.', 'Something went wrong.'),
    )
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw' })
    await page.find('#melding-onderwerp').setValue('x')
    await page.find('#melding-categorie').setValue('vraag')
    await page.find('#melding-omschrijving').setValue('y')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('.duo-error-summary').exists()).toBe(false)
    expect(page.find('.duo-error-state').text()).toBe('Er ging iets mis aan onze kant.')
  })

  it('shows every field error in the new language after a language switch', async () => {
    upload.mockRejectedValue(
      new ApiFout(400, 'ongeldige-invoer', 'Controleer uw invoer.', 'Please check your input.', [
        {
          veld: 'instellingscode',
          nl: 'Kies een school van uw bestuur',
          en: 'Choose a school of your board',
        },
      ]),
    )
    const taal = ref<'nl' | 'en'>('nl')
    const page = await mountSection(section, 'alles', { path: 'meldingen/nieuw', locale: taal })
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(summary(page)).toEqual({
      titel: 'Controleer uw invoer',
      links: [
        ['#melding-onderwerp', 'Vul het onderwerp in.'],
        ['#melding-categorie', 'Kies een categorie.'],
        ['#melding-omschrijving', 'Vul de omschrijving in.'],
      ],
    })

    taal.value = 'en'
    await nextTick()
    expect(page.find('h1').text()).toBe('New melding')
    expect(summary(page)).toEqual({
      titel: 'Please check your input',
      links: [
        ['#melding-onderwerp', 'Enter the subject.'],
        ['#melding-categorie', 'Choose a category.'],
        ['#melding-omschrijving', 'Enter the description.'],
      ],
    })
    expect(page.find('#melding-onderwerp-fout').text()).toBe('Error: Enter the subject.')
    expect(page.find('#melding-omschrijving-fout').text()).toBe('Error: Enter the description.')

    // The server's field errors too, both ways.
    await page.find('#melding-onderwerp').setValue('x')
    await page.find('#melding-categorie').setValue('vraag')
    await page.find('#melding-omschrijving').setValue('y')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#melding-school-fout').text()).toBe('Error: Choose a school of your board')
    taal.value = 'nl'
    await nextTick()
    expect(page.find('#melding-school-fout').text()).toBe('Fout: Kies een school van uw bestuur')
    expect(summary(page).links).toEqual([['#melding-school', 'Kies een school van uw bestuur']])
  })
})
