import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { ApiFout } from '@duo/portal-sdk/errors'
import DuoDataTable from './DuoDataTable.vue'
import type { Kolom } from './types'
import { expectGeenAxeFouten, portalMet } from '../test/helpers'

afterEach(() => {
  document.body.innerHTML = ''
})

interface Melding {
  id: string
  onderwerp: string
  status: string
  bijgewerkt: string
}
const rows: Melding[] = [
  { id: 'm1', onderwerp: 'Inloggen lukt niet', status: 'nieuw', bijgewerkt: '2024-03-01' },
  { id: 'm2', onderwerp: 'Vraag over ROD', status: 'afgehandeld', bijgewerkt: '2024-02-01' },
]
const columns: Array<Kolom<Melding>> = [
  { key: 'onderwerp', label: { nl: 'Onderwerp', en: 'Subject' }, rowHeader: true },
  { key: 'status', label: 'Status', value: (r) => r.status.toUpperCase() },
  {
    key: 'bijgewerkt',
    label: { nl: 'Bijgewerkt', en: 'Updated' },
    sortable: true,
    firstSort: 'desc',
  },
]
const tabel = (props: Record<string, unknown> = {}, opties: Record<string, unknown> = {}) =>
  mount(DuoDataTable<Melding>, {
    ...opties,
    props: { columns, rows, caption: 'Uw meldingen', ...props },
  })
const cellen = (w: ReturnType<typeof tabel>) =>
  w.findAll('tbody tr').map((tr) =>
    tr.findAll('th, td').map((c) =>
      Array.from(c.element.childNodes)
        .filter((n) => !(n as Element).classList?.contains('duo-data-table__label'))
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ),
  )

describe('DuoDataTable', () => {
  it('shows a captioned table with a row header and the values of each column', () => {
    const w = tabel()
    expect(w.find('caption').text()).toBe('Uw meldingen')
    expect(w.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(['col', 'col', 'col'])
    expect(w.find('tbody th').attributes('scope')).toBe('row')
    expect(cellen(w)).toEqual([
      ['Inloggen lukt niet', 'NIEUW', '2024-03-01'],
      ['Vraag over ROD', 'AFGEHANDELD', '2024-02-01'],
    ])
    expect(w.find('[role="status"]').text()).toBe('2 resultaten')
  })

  it('fills a cell from its slot', () => {
    const w = tabel(
      {},
      { slots: { 'cell-status': '<strong>{{ params.value }} ({{ params.row.id }})</strong>' } },
    )
    expect(w.find('tbody tr td strong').text()).toBe('NIEUW (m1)')
  })

  it('asks the server to sort, in the column’s first direction, then the other way', async () => {
    const w = tabel()
    const knop = w.find('thead button')
    expect(knop.text()).toBe('Bijgewerkt↕ (sorteer aflopend)')
    expect(w.find('thead th:nth-child(3)').attributes('aria-sort')).toBeUndefined()
    await knop.trigger('click')
    expect(w.emitted('update:sort')).toEqual([[{ kolom: 'bijgewerkt', richting: 'desc' }]])
    await w.setProps({ sort: { kolom: 'bijgewerkt', richting: 'desc' } })
    expect(w.find('thead th:nth-child(3)').attributes('aria-sort')).toBe('descending')
    expect(w.find('thead th:nth-child(1)').attributes('aria-sort')).toBeUndefined()
    expect(w.find('thead button').text()).toBe('Bijgewerkt▼ (sorteer oplopend)')
    await w.find('thead button').trigger('click')
    expect(w.emitted('update:sort')![1]).toEqual([{ kolom: 'bijgewerkt', richting: 'asc' }])
  })

  it('pages with Vorige / Volgende and says where it is', async () => {
    const w = tabel({ page: 2, pageSize: 2, total: 5 })
    expect(w.findAll('nav > *').map((e) => e.text())).toEqual([
      'Vorige',
      'Pagina 2 van 3',
      'Volgende',
    ])
    expect(w.find('[role="status"]').text()).toBe('5 resultaten. Pagina 2 van 3')
    const [vorige, volgende] = w.findAll('nav button')
    await vorige!.trigger('click')
    await volgende!.trigger('click')
    expect(w.emitted('update:page')).toEqual([[1], [3]])
    await w.setProps({ page: 3 })
    expect(w.findAll('nav button')[1]!.attributes('aria-disabled')).toBe('true')
    await w.findAll('nav button')[1]!.trigger('click')
    expect(w.emitted('update:page')).toHaveLength(2)
  })

  it('pages on with only "has next" when the total is unknown', async () => {
    const w = tabel({ page: 1, hasNext: true })
    expect(w.find('nav').text()).toContain('Pagina 1')
    expect(w.findAll('nav button')[0]!.attributes('aria-disabled')).toBe('true')
    await w.findAll('nav button')[1]!.trigger('click')
    expect(w.emitted('update:page')).toEqual([[2]])
  })

  it('says when there is nothing, and takes another text or slot for it', async () => {
    const w = tabel({ rows: [] })
    expect(w.find('table').exists()).toBe(false)
    expect(w.text()).toContain('Geen resultaten')
    expect(w.find('[role="status"]').text()).toBe('0 resultaten')
    await w.setProps({ emptyTitle: 'U heeft nog geen meldingen' })
    expect(w.text()).toContain('U heeft nog geen meldingen')
    const metSlot = tabel({ rows: [] }, { slots: { empty: '<p>Maak uw eerste melding</p>' } })
    expect(metSlot.text()).toContain('Maak uw eerste melding')
  })

  it('shows the error instead of the rows, in the current language, and asks to retry', async () => {
    const portal = portalMet('nl')
    const fout = new ApiFout(503, 'x', 'De meldingen zijn nu niet te laden.', 'Cannot load now.')
    const w = tabel({ error: fout }, portal)
    expect(w.find('table').exists()).toBe(false)
    expect(w.find('[role="alert"]').text()).toContain('De meldingen zijn nu niet te laden.')
    portal.locale.value = 'en'
    await nextTick()
    expect(w.find('[role="alert"]').text()).toContain('Cannot load now.')
    await w.find('[role="alert"] button').trigger('click')
    expect(w.emitted('retry')).toHaveLength(1)
  })

  it('keeps the rows while loading, says it is loading and ignores sorting meanwhile', async () => {
    const w = tabel({ loading: true })
    expect(w.find('table').attributes('aria-busy')).toBe('true')
    expect(w.find('[role="status"]').text()).toBe('Bezig met laden…')
    await w.find('thead button').trigger('click')
    expect(w.emitted('update:sort')).toBeUndefined()
    const eerst = tabel({ rows: null, loading: true })
    expect(eerst.find('table').exists()).toBe(false)
    expect(eerst.text()).not.toContain('Geen resultaten')
  })

  it('gives every cell its column label for stacked rows, hidden from screen readers', () => {
    const w = tabel()
    expect(w.classes()).toContain('duo-data-table--stack')
    const labels = w.findAll('tbody tr:first-child .duo-data-table__label')
    expect(labels.map((l) => [l.text(), l.attributes('aria-hidden')])).toEqual([
      ['Onderwerp', 'true'],
      ['Status', 'true'],
      ['Bijgewerkt', 'true'],
    ])
  })

  it('stacks wide tables from a larger width when asked', () => {
    expect(tabel().classes()).toContain('duo-data-table--stack-narrow')
    expect(tabel({ stackBelow: 'wide' }).classes()).toContain('duo-data-table--stack-wide')
    expect(tabel({ layout: 'scroll' }).classes()).not.toContain('duo-data-table--stack-narrow')
  })

  it('passes extra attributes to each row', () => {
    const w = tabel({ rowAttrs: (r: Melding) => ({ 'data-status': r.status }) })
    expect(w.findAll('tbody tr').map((tr) => tr.attributes('data-status'))).toEqual([
      'nieuw',
      'afgehandeld',
    ])
  })

  it('in scroll layout makes only the table a scrollable, named, focusable region', () => {
    const w = tabel({ layout: 'scroll' })
    const regio = w.find('.duo-data-table__container')
    expect(regio.attributes('role')).toBe('region')
    expect(regio.attributes('tabindex')).toBe('0')
    expect(w.find(`#${regio.attributes('aria-labelledby')}`).text()).toBe('Uw meldingen')
    expect(w.find('.duo-data-table__label').exists()).toBe(false)
  })

  it('follows a language switch in headers and status', async () => {
    const portal = portalMet('nl')
    const w = tabel({ page: 1, pageSize: 1, total: 2 }, portal)
    portal.locale.value = 'en'
    await nextTick()
    expect(w.findAll('thead th').map((th) => th.text())).toEqual([
      'Subject',
      'Status',
      'Updated↕ (sort descending)',
    ])
    expect(w.find('[role="status"]').text()).toBe('2 results. Page 1 of 2')
    expect(w.find('nav').attributes('aria-label')).toBe('Pagination')
  })

  it('has no obvious accessibility errors, stacked or scrolling', async () => {
    const a = tabel(
      { page: 1, pageSize: 2, total: 4, sort: { kolom: 'bijgewerkt', richting: 'asc' } },
      { attachTo: document.body },
    )
    await expectGeenAxeFouten(a.element)
    a.unmount()
    const b = tabel({ layout: 'scroll', captionHidden: true }, { attachTo: document.body })
    await expectGeenAxeFouten(b.element)
  })
})
