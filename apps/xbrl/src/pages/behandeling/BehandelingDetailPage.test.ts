import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { BEHANDELAAR, bevindingen, detail, fakeBff, validatie } from '../../testing/fixtures'

const ingediend = () =>
  detail({
    aanlevering: {
      status: 'ingediend',
      referentie: 'JV-2027-4F7A2C',
      ingediendOp: '2027-03-02T10:00:00.000Z',
      ingediendDoor: 'Joost van Dijk',
      validatie: validatie({ fouten: 0, waarschuwingen: 0 }),
    },
    mag: { uploaden: false, beoordelen: true },
  })

// Pages compile on first mount: give a busy machine room.
describe('a submission for DUO’s behandelaar', { timeout: 30_000 }, () => {
  it('wants a reason to reject, and saves the assessment', async () => {
    const bff = fakeBff({
      'GET /api/xbrl/aanleveringen/a-1': () => ingediend(),
      'GET /api/xbrl/aanleveringen/a-1/bevindingen': () => ({ ...bevindingen(), onderdelen: [] }),
      'POST /api/xbrl/behandeling/a-1/status': (c) => {
        const body = c.body as { status: string; toelichting?: string }
        const d = ingediend()
        return {
          ...d,
          aanlevering: { ...d.aanlevering, status: body.status },
          mag: { ...d.mag, beoordelen: false },
        }
      },
    })
    const page = await mountSection(section, BEHANDELAAR, {
      path: 'behandeling/a-1',
      fetch: bff.fetch,
    })
    expect(page.find('h1').text()).toBe(
      'Stichting Openbaar Onderwijs De Linde: jaarverantwoording 2026, versie 1',
    )
    await page.find('input[value="afgekeurd"]').setValue(true)
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(page.find('#beoordeling-toelichting-fout').text()).toBe(
      'Fout: Schrijf waarom u afkeurt, zodat het bestuur het kan herstellen',
    )
    expect(bff.calls.filter((c) => c.method === 'POST')).toEqual([])
    await page.find('#beoordeling-toelichting').setValue('De WNT-verantwoording ontbreekt.')
    await page.find('form').trigger('submit')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'POST')?.body).toEqual({
      status: 'afgekeurd',
      toelichting: 'De WNT-verantwoording ontbreekt.',
    })
    expect(page.find('[data-testid="aanlevering-status"]').text()).toContain('Afgekeurd')
    expect(page.text()).toContain('De status is nu: Afgekeurd.')
  })

  it('is not for a bestuur’s people, who read why', async () => {
    const bff = fakeBff({})
    const page = await mountSection(section, 'alles', { path: 'behandeling/a-1', fetch: bff.fetch })
    expect(page.find('h1').text()).toBe('Ingediende jaarverantwoordingen')
    expect(page.find('.utrecht-alert, [class*="alert"]').text().length).toBeGreaterThan(10)
    expect(bff.calls).toEqual([])
  })
})
