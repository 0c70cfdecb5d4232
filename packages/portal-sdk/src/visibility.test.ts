import { describe, expect, it } from 'vitest'
import type { PermissionId } from '@duo/authz'
import { navItemAllowed, sectionVisible, visibleNav } from './visibility'
import type { PortalUser, SectionMeta } from './contract'

const meta: SectionMeta = {
  id: 'bekostiging',
  contractVersion: '1.0',
  version: '1.0.0',
  title: { nl: 'Bekostiging', en: 'Funding' },
  description: { nl: '', en: '' },
  dienst: 'mijn-duo',
  nav: [
    { path: '', label: { nl: 'Overzicht', en: 'Overview' } },
    {
      path: 'dashboard',
      label: { nl: 'Dashboard', en: 'Dashboard' },
      permission: 'bekostiging.dashboard.raadplegen',
    },
    {
      path: 'opleidingen',
      label: { nl: 'Opleidingen', en: 'Programmes' },
      permission: ['opleidingen.aanbod.wijzigen', 'opleidingen.examenresultaten.uitwisselen'],
    },
  ],
}
const user = (
  machtigingen: PortalUser['machtigingen'],
  soort: PortalUser['soort'] = 'bestuur-medewerker',
): PortalUser => ({
  persoon: { id: 'p', naam: 'P' },
  soort,
  organisatie: null,
  grants: [],
  machtigingen,
  niveau: 'EH3',
  bestuur: null,
})
const only =
  (...allowed: PermissionId[]) =>
  (p: PermissionId) =>
    allowed.includes(p)

describe('navigation visibility', () => {
  it('shows items without a permission, and items of which any permission is allowed', () => {
    expect(
      visibleNav(meta, only('opleidingen.examenresultaten.uitwisselen')).map((i) => i.path),
    ).toEqual(['', 'opleidingen'])
    expect(navItemAllowed(meta.nav[1]!, only())).toBe(false)
  })

  it('shows a section only with its machtiging and at least one guarded page', () => {
    expect(sectionVisible(meta, user(['mijn-duo']), only('bekostiging.dashboard.raadplegen'))).toBe(
      true,
    )
    expect(
      sectionVisible(meta, user(['mijn-helpdesk-po']), only('bekostiging.dashboard.raadplegen')),
    ).toBe(false)
    expect(sectionVisible(meta, user(['mijn-duo']), only())).toBe(false)
    expect(sectionVisible(meta, null, only('bekostiging.dashboard.raadplegen'))).toBe(false)
  })

  it('needs no machtiging for DUO staff', () => {
    expect(
      sectionVisible(meta, user([], 'duo-medewerker'), only('bekostiging.dashboard.raadplegen')),
    ).toBe(true)
  })
})
