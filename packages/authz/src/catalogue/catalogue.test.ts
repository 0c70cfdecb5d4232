import { describe, expect, it } from 'vitest'
import readme from '../../README.md?raw'
import { permissionIds, permissions, type PermissionId } from './permissions.ts'
import { roleIds, roles, type RoleId } from './roles.ts'
import { rolesAssignedBy } from './lookup.ts'
import { withMatrix } from './matrix.ts'

describe('catalogue', () => {
  it('has the stable role ids other teams code against', () => {
    expect(roleIds).toHaveLength(28)
    expect(roleIds.filter((r) => r.startsWith('rio-beheren-'))).toHaveLength(8)
    // DUO's and Kennisnet's own staff: one internal role per back office.
    expect(roleIds.filter((r) => roles[r].internal)).toEqual([
      'duo-security-servicedesk',
      'duo-helpdeskmedewerker',
      'duo-behandelaar-bekostiging',
      'duo-behandelaar-rod',
      'kennisnet-osr-beheerder',
      'duo-behandelaar-xbrl',
      'duo-redacteur',
    ])
  })

  it('beheerder roles give no data access: only beheer permissions', () => {
    for (const id of roleIds) {
      const r = roles[id]
      const data = r.permissions.filter((p) => permissions[p].section !== 'beheer')
      if (r.dataAccess) expect(data.length, id).toBeGreaterThan(0)
      else expect(data, id).toEqual([])
    }
  })

  it('“Het bestuur stelt de beheerder bekostiging en opleidingen aan”: beheerders come from the servicedesk', () => {
    expect(roles['beheerder-po'].assignedBy).toBe('servicedesk')
    expect(roles['beheerder-bekostiging-opleidingen'].assignedBy).toBe('servicedesk')
  })

  it('“Deze beheerders … kennen rollen toe”: who assigns what', () => {
    expect(rolesAssignedBy('beheerder-bekostiging-opleidingen')).toEqual([
      'medewerker-bekostiging',
      'medewerker-opleidingen',
      'raadpleger-zaakdossier',
      'medewerker-verantwoording',
    ])
    expect(rolesAssignedBy('beheerder-po')).toEqual([
      'po-informatiediensten',
      'medewerker-bestuur-rod',
      'medewerker-schoolleiding-rod',
      'medewerker-schooladministratie-rod',
      'osr-toegang',
    ])
    expect(rolesAssignedBy('beheerder-rio-algemeen')).toHaveLength(8)
  })

  it('“Het kenmerk bij deze rol is de instellingscode (voorheen BRIN-nummer)”', () => {
    expect(roles['medewerker-schoolleiding-rod'].kenmerkTypes).toEqual(['instellingscode'])
    expect(roles['medewerker-schooladministratie-rod'].kenmerkTypes).toEqual(['instellingscode'])
    expect(roles['medewerker-bestuur-rod'].kenmerkTypes).toEqual(['bestuursnummer'])
  })

  it('the new ROD roles are available from 2022-02-01 by default', () => {
    expect(roles['medewerker-bestuur-rod'].availableFrom).toBe('2022-02-01')
    expect(roles['po-informatiediensten'].availableFrom).toBeUndefined()
  })

  it('every permission and role has Dutch and English text', () => {
    for (const p of permissionIds) expect(permissions[p].nl && permissions[p].en, p).toBeTruthy()
    for (const r of roleIds)
      expect(roles[r].description.nl && roles[r].description.en, r).toBeTruthy()
  })

  it('ids are literal unions: a typo does not compile', () => {
    // @ts-expect-error: no such permission
    const p: PermissionId = 'bekostiging.raadpleeg'
    // @ts-expect-error: no such role
    const r: RoleId = 'beheerder-bekostiging'
    expect([p, r]).toHaveLength(2)
  })

  it('the README role matrix is up to date (run `pnpm --filter @duo/authz matrix`)', () => {
    expect(readme).toBe(withMatrix(readme))
  })
})
