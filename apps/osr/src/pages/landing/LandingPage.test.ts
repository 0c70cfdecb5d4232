import { beforeAll, describe, expect, it } from 'vitest'
import { mountSection } from '@duo/section-kit/testing'
import section from '../../section'
import { bestuurder, fakeBff, mountOsr } from '../../testing/mount'
import { scholen } from '../../testing/fixtures'

describe('the landing page', () => {
  // The page's first load compiles it: done here, where a slow machine has the time.
  beforeAll(() => import('./LandingPage.vue'), 60_000)

  it('shows what the section is for, and its pages to someone whose roles open them', async () => {
    const page = await mountSection(section, 'alles')
    expect(page.find('h1').text()).toBe(section.meta.title.nl)
    expect(page.text()).toContain(section.meta.description.nl)
    expect(page.findAll('.duo-cards li').length).toBeGreaterThan(0)
  })

  it('offers no pages to someone without roles, and speaks English on request', async () => {
    const page = await mountSection(section, 'geen-rollen', { locale: 'en' })
    expect(page.find('h1').text()).toBe(section.meta.title.en)
    expect(page.findAll('.duo-cards li')).toHaveLength(0)
  })

  it('tells OSR-toegang which schools lack a required mandaat', async () => {
    const bff = fakeBff({ 'GET /api/osr/scholen': () => scholen() })
    const { wrapper } = await mountOsr('', { user: bestuurder(['osr-toegang']), fetch: bff.fetch })
    expect(wrapper.text()).toContain('Er is 1 aandachtspunt')
    expect(wrapper.text()).toContain('OBS Het Kompas (34CD): Geen mandaat voor RIO.')
    wrapper.unmount()
  })

  it('explains a bestuur without the overeenkomst how to arrange it, the beheerder po with a link', async () => {
    const bff = fakeBff({})
    const beheerder = await mountOsr('', {
      user: bestuurder(['beheerder-po'], { getekend: false }),
      fetch: bff.fetch,
    })
    const uitleg = beheerder.wrapper.find('[data-testid="geen-overeenkomst"]')
    expect(uitleg.text()).toContain('heeft nog geen overeenkomst OSR')
    expect(uitleg.find('a[href="/osr/overeenkomst"]').exists()).toBe(true)
    expect(bff.calls).toHaveLength(0)
    beheerder.wrapper.unmount()
    const ander = await mountOsr('', {
      user: bestuurder(['medewerker-bekostiging'], { getekend: false }),
      fetch: bff.fetch,
      locale: 'en',
    })
    expect(ander.wrapper.text()).toContain("Only your board's beheerder po can request")
    ander.wrapper.unmount()
  })
})
