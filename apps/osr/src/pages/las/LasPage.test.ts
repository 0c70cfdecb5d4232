import { beforeAll, describe, expect, it } from 'vitest'
import { bestuurder, fakeBff, flushPromises, mountOsr } from '../../testing/mount'
import { LP, scholen, systemen } from '../../testing/fixtures'

describe('systems per school', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./LasPage.vue'), 60_000)

  it('changes a school’s system and says so', async () => {
    const bff = fakeBff({
      'GET /api/osr/scholen': () => scholen(),
      'GET /api/osr/systemen': () => systemen(),
      'PUT /api/osr/scholen/34CD/systeem': () => ({
        instellingscode: '34CD',
        systeem: { id: LP, naam: 'LeerlingPlan', leverancier: 'Leerling Online B.V.' },
      }),
    })
    const { wrapper } = await mountOsr('las', {
      user: bestuurder(['osr-toegang']),
      fetch: bff.fetch,
    })
    expect(wrapper.find('[data-testid="las-34CD"]').text()).toBe('Wise LAS (Schoolwise B.V.)')
    await wrapper.find('#las-keuze-34CD').setValue(LP)
    const forms = wrapper.findAll('form')
    await forms[1]!.trigger('submit')
    await flushPromises()
    expect(bff.calls.find((c) => c.method === 'PUT')!.body).toEqual({ systeemId: LP })
    expect(wrapper.text()).toContain('OBS Het Kompas gebruikt nu LeerlingPlan.')
    wrapper.unmount()
  })
})
