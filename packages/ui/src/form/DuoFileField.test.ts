import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import DuoFileField from './DuoFileField.vue'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'
import { vModel } from '../test/helpers-model'

afterEach(() => {
  document.body.innerHTML = ''
})

function kies(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
}
const bestand = (naam: string, bytes: number) => new File(['x'.repeat(bytes)], naam)
const gekozen = (veld: VueWrapper) => (veld.props() as { modelValue: File[] }).modelValue

function mountVeld(props: Record<string, unknown> = {}, opties: Record<string, unknown> = {}) {
  const veld: VueWrapper = mount(DuoFileField, {
    ...opties,
    props: {
      id: 'bijlagen',
      label: 'Bijlagen',
      multiple: true,
      ...vModel<File[]>([], () => veld),
      ...props,
    },
  })
  return veld
}

describe('DuoFileField', () => {
  it('spells out the allowed kinds, size and number, tied to the input', () => {
    const veld = mountVeld({
      accept: '.pdf,.png,application/pdf',
      maxBytes: 10 * 1024 * 1024,
      maxFiles: 5,
    })
    expect(veld.find('#bijlagen-uitleg').text()).toBe(
      'Toegestaan: PDF, PNG. Maximaal 10 MB per bestand. Maximaal 5 bestanden.',
    )
    const input = veld.find('input[type="file"]')
    expect(input.attributes('aria-describedby')).toBe('bijlagen-uitleg')
    expect(veld.find(`#${input.attributes('aria-labelledby')}`).text()).toBe('Bijlagen')
    expect(input.attributes('accept')).toBe('.pdf,.png,application/pdf')
    expect(veld.find('label[for="bijlagen"].utrecht-button').text()).toBe('Bestanden kiezen')
    expect(veld.text()).toContain('Geen bestand gekozen')
  })

  it('lists the chosen files with their size; choosing again adds', async () => {
    const veld = mountVeld()
    const input = veld.find('input').element as HTMLInputElement
    kies(input, [bestand('a.pdf', 2048)])
    await flushPromises()
    kies(input, [bestand('b.pdf', 10)])
    await flushPromises()
    const regels = veld.findAll('li').map((li) => li.text())
    expect(regels).toEqual(['a.pdf (2 kB) Verwijder a.pdf', 'b.pdf (10 B) Verwijder b.pdf'])
    expect(veld.find('[role="status"]').text()).toBe('2 bestanden gekozen')
    expect(input.value).toBe('')
  })

  it('keeps one file when it takes one', async () => {
    const veld = mountVeld({ multiple: false })
    const input = veld.find('input').element as HTMLInputElement
    kies(input, [bestand('a.pdf', 1)])
    kies(input, [bestand('b.pdf', 1)])
    await flushPromises()
    expect(gekozen(veld).map((f) => f.name)).toEqual(['b.pdf'])
    expect(veld.find('label.utrecht-button').text()).toBe('Bestand kiezen')
  })

  it('removes a file and moves focus to the next remove button, then to the input', async () => {
    const veld = mountVeld({}, { attachTo: document.body })
    kies(veld.find('input').element as HTMLInputElement, [bestand('a.pdf', 1), bestand('b.pdf', 1)])
    await flushPromises()
    await veld.findAll('li button')[0]!.trigger('click')
    await flushPromises()
    expect(gekozen(veld).map((f) => f.name)).toEqual(['b.pdf'])
    expect(document.activeElement?.textContent).toContain('b.pdf')
    expect(veld.find('[role="status"]').text()).toBe('a.pdf verwijderd')
    await veld.find('li button').trigger('click')
    await flushPromises()
    expect(gekozen(veld)).toEqual([])
    expect(document.activeElement?.id).toBe('bijlagen')
  })

  it('shows upload progress as a progress bar bound to `progress`, and keeps the files meanwhile', async () => {
    const veld = mountVeld()
    expect(veld.find('[role="progressbar"]').exists()).toBe(false)
    kies(veld.find('input').element as HTMLInputElement, [bestand('a.pdf', 1)])
    await flushPromises()
    await veld.setProps({ progress: 40 })
    const balk = veld.find('[role="progressbar"]')
    expect(balk.attributes('aria-valuenow')).toBe('40')
    expect(balk.attributes('aria-valuemin')).toBe('0')
    expect(balk.attributes('aria-valuemax')).toBe('100')
    expect(veld.find('input').attributes('disabled')).toBeDefined()
    await veld.find('li button').trigger('click')
    expect(gekozen(veld)).toHaveLength(1)
    await veld.setProps({ progress: 75 })
    expect(veld.find('[role="progressbar"]').attributes('aria-valuenow')).toBe('75')
    await veld.setProps({ progress: null })
    expect(veld.find('[role="progressbar"]').exists()).toBe(false)
  })

  it('empties itself on wis()', async () => {
    const veld = mountVeld()
    kies(veld.find('input').element as HTMLInputElement, [bestand('a.pdf', 1)])
    await flushPromises()
    ;(veld.vm as unknown as { wis(): void }).wis()
    await flushPromises()
    expect(gekozen(veld)).toEqual([])
  })

  it('speaks the current language, also after a switch', async () => {
    const portal = portalMet('nl')
    const veld = mountVeld({ accept: '.pdf', maxBytes: 1536 * 1024 }, portal)
    expect(veld.find('#bijlagen-uitleg').text()).toBe(
      'Toegestaan: PDF. Maximaal 1,5 MB per bestand.',
    )
    portal.locale.value = 'en'
    await flushPromises()
    expect(veld.find('#bijlagen-uitleg').text()).toBe('Allowed: PDF. At most 1.5 MB per file.')
    expect(veld.find('label.utrecht-button').text()).toBe('Choose files')
  })

  it('has no obvious accessibility errors, with files and progress', async () => {
    const veld = mountVeld(
      { accept: '.pdf', error: 'a.pdf is leeg.', required: true },
      { attachTo: document.body },
    )
    kies(veld.find('input').element as HTMLInputElement, [bestand('a.pdf', 1)])
    await flushPromises()
    await veld.setProps({ progress: 10 })
    await expectGeenAxeFouten(veld.element)
  })
})
