import { createApp, h, nextTick, ref } from 'vue'
import { describe, expect, it } from 'vitest'
import { heeftInvoer, herstelFormulieren, leesFormulieren } from './form-snapshot'

function formulier(html: string): HTMLElement {
  const root = document.createElement('main')
  root.innerHTML = `<form>${html}</form>`
  document.body.append(root)
  return root
}

describe('keeping what was typed in any form', () => {
  it('reads the fields by id or name, never passwords, files or one-time codes', () => {
    const root = formulier(`
      <input id="onderwerp" value="Teldatum">
      <textarea name="omschrijving">Welke datum?</textarea>
      <select id="categorie"><option value="">Kies</option><option value="vraag" selected>Vraag</option></select>
      <input id="akkoord" type="checkbox" checked>
      <input id="wachtwoord" type="password" value="geheim">
      <input id="code" autocomplete="one-time-code" value="123456">
      <input id="bijlage" type="file">
      <input value="zonder naam">`)
    expect(leesFormulieren(root)).toEqual({
      '#onderwerp': 'Teldatum',
      '@omschrijving': 'Welke datum?',
      '#categorie': 'vraag',
      '#akkoord': true,
    })
    expect(heeftInvoer({ '#a': '', '#b': false })).toBe(false)
    expect(heeftInvoer(leesFormulieren(root))).toBe(true)
  })

  it('puts values back as the fields appear, so v-model follows', async () => {
    const root = document.createElement('main')
    document.body.append(root)
    const tekst = ref('')
    const keuze = ref('')
    const toon = ref(false)
    createApp({
      render: () =>
        toon.value
          ? h('form', [
              h('input', {
                id: 'onderwerp',
                value: tekst.value,
                onInput: (e: Event) => (tekst.value = (e.target as HTMLInputElement).value),
              }),
              h(
                'select',
                {
                  id: 'categorie',
                  value: keuze.value,
                  onChange: (e: Event) => (keuze.value = (e.target as HTMLSelectElement).value),
                },
                [h('option', { value: '' }, 'Kies'), h('option', { value: 'storing' }, 'Storing')],
              ),
            ])
          : h('p', 'laden'),
    }).mount(root)
    const klaar = herstelFormulieren(
      root,
      { '#onderwerp': 'Teldatum', '#categorie': 'storing' },
      2000,
    )
    toon.value = true
    await nextTick()
    expect(await klaar).toBe(2)
    expect(tekst.value).toBe('Teldatum')
    expect(keuze.value).toBe('storing')
  })

  it('gives up on fields that never appear', async () => {
    const root = formulier('<input id="a">')
    expect(await herstelFormulieren(root, { '#a': 'x', '#weg': 'y' }, 50)).toBe(1)
  })
})
