import { describe, expect, it } from 'vitest'
import type { PermissionId } from '@duo/authz'
import {
  isStaffPermission,
  navItemAllowed,
  navItemVisible,
  sectionVisible,
  visibleNav,
} from './visibility'
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

  it('needs no machtiging for DUO staff, who see a section through their own pages only', () => {
    const staffMeta: SectionMeta = {
      ...meta,
      nav: [
        ...meta.nav,
        { path: 'behandelen', label: { nl: 'B', en: 'B' }, permission: 'bekostiging.behandelen' },
      ],
    }
    const staff = user([], 'duo-medewerker')
    expect(sectionVisible(staffMeta, staff, only('bekostiging.behandelen'))).toBe(true)
    // A bestuur's page is no reason to show the section to DUO staff, even if authz allows it.
    expect(sectionVisible(meta, staff, only('bekostiging.dashboard.raadplegen'))).toBe(false)
  })
})

describe('staff menus and board menus', () => {
  const beheer: SectionMeta = {
    ...meta,
    id: 'beheer',
    dienst: null,
    nav: [
      { path: '', label: { nl: 'Overzicht', en: 'Overview' } },
      {
        path: 'mijn-rollen',
        label: { nl: 'Mijn rollen', en: 'My roles' },
        permission: 'beheer.eigen-rollen.raadplegen',
      },
      { path: 'aanmelding', label: { nl: 'Aanmelding beheerders', en: 'Register' } },
      {
        path: 'aanmeldingen',
        label: { nl: 'Werkvoorraad', en: 'Queue' },
        permission: 'beheer.beheerders.aanstellen',
      },
      {
        path: 'logboek',
        label: { nl: 'Logboek', en: 'Log' },
        permission: 'beheer.audit.raadplegen',
      },
    ],
  }
  it('knows which permissions belong to DUO staff', () => {
    expect(isStaffPermission('beheer.beheerders.aanstellen')).toBe(true)
    expect(isStaffPermission('helpdesk.behandelen')).toBe(true)
    expect(isStaffPermission('beheer.eigen-rollen.raadplegen')).toBe(false)
    expect(isStaffPermission('helpdesk.melding.indienen')).toBe(false)
  })
  it('gives the servicedesk the queue and the log, not the pages for besturen', () => {
    const can = only(
      'beheer.eigen-rollen.raadplegen',
      'beheer.beheerders.aanstellen',
      'beheer.audit.raadplegen',
    )
    const paths = visibleNav(beheer, can, user([], 'duo-medewerker')).map((i) => i.path)
    expect(paths).toEqual(['', 'aanmeldingen', 'logboek'])
  })
  it('gives a bestuur the pages it may use, and the open ones', () => {
    const can = only('beheer.eigen-rollen.raadplegen')
    const paths = visibleNav(beheer, can, user(['mijn-duo'])).map((i) => i.path)
    expect(paths).toEqual(['', 'mijn-rollen', 'aanmelding'])
    expect(navItemVisible(beheer.nav[3]!, user(['mijn-duo']), can)).toBe(false)
  })
  it('keeps the old behaviour without a user', () => {
    expect(visibleNav(beheer, only()).map((i) => i.path)).toEqual(['', 'aanmelding'])
  })
})
