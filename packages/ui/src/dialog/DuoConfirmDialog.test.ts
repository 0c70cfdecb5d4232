import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import DuoConfirmDialog from './DuoConfirmDialog.vue'
import { useConfirm } from './use-confirm'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

const props = {
  title: 'Rol intrekken?',
  message: 'Anouk de Vries kan daarna niet meer bij de ROD-gegevens.',
  confirmLabel: 'Intrekken',
}

/** A page with the button that opens the dialog, as a section would have it. */
function pagina(locale?: ReturnType<typeof portalMet>) {
  const open = ref(false)
  const antwoorden: string[] = []
  const Pagina = defineComponent(() => () => [
    h('button', { id: 'opener', onClick: () => (open.value = true) }, 'Intrekken…'),
    h(DuoConfirmDialog, {
      ...props,
      open: open.value,
      'onUpdate:open': (v: boolean) => (open.value = v),
      onConfirm: () => antwoorden.push('confirm'),
      onCancel: () => antwoorden.push('cancel'),
    }),
  ])
  const w = mount(Pagina, { attachTo: document.body, ...(locale ?? {}) })
  return { w, open, antwoorden }
}

async function openVia(w: ReturnType<typeof pagina>['w']) {
  const opener = w.find('#opener').element as HTMLButtonElement
  opener.focus()
  await w.find('#opener').trigger('click')
  await flushPromises()
  return opener
}

describe('DuoConfirmDialog', () => {
  it('opens modally, named by its title and described by the consequence', async () => {
    const { w } = pagina()
    const dialog = w.find('dialog')
    expect((dialog.element as HTMLDialogElement).open).toBe(false)
    await openVia(w)
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.attributes('role')).toBe('alertdialog')
    const titel = document.getElementById(dialog.attributes('aria-labelledby')!)
    const tekst = document.getElementById(dialog.attributes('aria-describedby')!)
    expect(titel?.textContent).toBe('Rol intrekken?')
    expect(tekst?.textContent).toBe(props.message)
    expect(dialog.find('.utrecht-button--danger').text()).toBe('Intrekken')
  })

  it('puts focus on Annuleren, and returns it to the opener when cancelled', async () => {
    const { w, open, antwoorden } = pagina()
    const opener = await openVia(w)
    expect(document.activeElement?.textContent).toBe('Annuleren')
    await w.find('[data-annuleer]').trigger('click')
    await flushPromises()
    expect(antwoorden).toEqual(['cancel'])
    expect(open.value).toBe(false)
    expect((w.find('dialog').element as HTMLDialogElement).open).toBe(false)
    expect(document.activeElement).toBe(opener)
  })

  it('confirms, closes and returns focus', async () => {
    const { w, antwoorden } = pagina()
    const opener = await openVia(w)
    await w.find('.utrecht-button--danger').trigger('click')
    await flushPromises()
    expect(antwoorden).toEqual(['confirm'])
    expect(document.activeElement).toBe(opener)
  })

  it('cancels on Escape, once, whether it comes as a key or as the dialog’s cancel event', async () => {
    const { w, antwoorden } = pagina()
    await openVia(w)
    const dialog = w.find('dialog')
    await dialog.trigger('keydown', { key: 'Escape' })
    await dialog.trigger('cancel')
    await flushPromises()
    expect(antwoorden).toEqual(['cancel'])
    await openVia(w)
    await w.find('dialog').trigger('cancel')
    await flushPromises()
    expect(antwoorden).toEqual(['cancel', 'cancel'])
  })

  it('still opens and answers where showModal is missing', async () => {
    const showModal = HTMLDialogElement.prototype.showModal
    // @ts-expect-error -- an engine without showModal
    HTMLDialogElement.prototype.showModal = undefined
    try {
      const { w, antwoorden } = pagina()
      await openVia(w)
      expect(w.find('dialog').attributes('open')).toBeDefined()
      await w.find('dialog').trigger('keydown', { key: 'Escape' })
      await flushPromises()
      expect(antwoorden).toEqual(['cancel'])
    } finally {
      HTMLDialogElement.prototype.showModal = showModal
    }
  })

  it('speaks the current language', async () => {
    const portal = portalMet('en')
    const { w } = pagina(portal)
    expect(w.find('[data-annuleer]').text()).toBe('Cancel')
    portal.locale.value = 'nl'
    await nextTick()
    expect(w.find('[data-annuleer]').text()).toBe('Annuleren')
  })

  it('has no obvious accessibility errors when open', async () => {
    const { w } = pagina()
    await openVia(w)
    await expectGeenAxeFouten(w.find('dialog').element)
  })
})

describe('useConfirm', () => {
  function metVraag() {
    let api!: ReturnType<typeof useConfirm>
    const Pagina = defineComponent(() => {
      api = useConfirm()
      return () => h(DuoConfirmDialog, api.dialog.value)
    })
    const w = mount(Pagina, { attachTo: document.body })
    return { w, api: () => api }
  }

  it('resolves true when confirmed and false when cancelled', async () => {
    const { w, api } = metVraag()
    const ja = api().confirm({
      title: 'Verwijderen?',
      message: 'Weg is weg.',
      confirmLabel: 'Verwijderen',
    })
    await flushPromises()
    expect((w.find('dialog').element as HTMLDialogElement).open).toBe(true)
    expect(w.find('dialog').text()).toContain('Weg is weg.')
    await w.find('.utrecht-button--danger').trigger('click')
    await expect(ja).resolves.toBe(true)
    const nee = api().confirm({ title: 'Nog een?', message: 'Zeker?' })
    await flushPromises()
    await w.find('dialog').trigger('keydown', { key: 'Escape' })
    await expect(nee).resolves.toBe(false)
    await flushPromises()
    expect((w.find('dialog').element as HTMLDialogElement).open).toBe(false)
  })

  it('answers an open question no when asked again or when the page goes', async () => {
    const { w, api } = metVraag()
    const eerste = api().confirm({ title: 'A?', message: 'a' })
    const tweede = api().confirm({ title: 'B?', message: 'b' })
    await expect(eerste).resolves.toBe(false)
    w.unmount()
    await expect(tweede).resolves.toBe(false)
  })
})
