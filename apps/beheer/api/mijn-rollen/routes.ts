/**
 * `/api/beheer/mijn-rollen`: everyone's own roles, what each lets them do, who granted it and
 * who the beheerders of their bestuur are.
 */
import { Hono } from 'hono'
import { dutchDate, permissions, roles, type RoleId } from '@duo/authz'
import {
  authOf,
  requireLogin,
  type AppEnv,
  type AuthContext,
  type BestuurTree,
  type GrantRecord,
  type SectionPlatform,
} from '@duo/server-kit'
import type { BeheerTables } from '../tables'
import { beheerdersOf, geenCache, grantView } from '../shared/weergave'

type EigenGrant = Pick<GrantRecord, 'id' | 'role' | 'kenmerk' | 'from' | 'until' | 'toegekendOp'>

/** Who may grant this role: the beheerder roles, the servicedesk, or the role it comes with. */
function toegekendDoorRol(role: (typeof roles)[RoleId] | undefined): string[] {
  const by = role?.assignedBy
  if (Array.isArray(by)) return [...by]
  if (by === 'servicedesk') return ['duo-security-servicedesk']
  if (by === 'automatisch' && role?.automaticWith) return [role.automaticWith]
  return []
}

/** The school or bestuur a kenmerk names, for the person's own overview. */
function organisatieVan(bestuur: BestuurTree | null, kenmerk: string): string | null {
  if (!bestuur) return null
  if (kenmerk === bestuur.bestuursnummer || kenmerk === bestuur.onderwijsbestuurcode)
    return bestuur.naam
  return (
    bestuur.scholen.find(
      (s) => s.instellingscode === kenmerk || s.onderwijsaanbiedercode === kenmerk,
    )?.naam ?? null
  )
}

export function mijnRollenRoutes(platform: SectionPlatform<BeheerTables>) {
  const { clock, rollen } = platform

  /** A person of a bestuur: their grants there; DUO staff: the grants of their session. */
  async function eigenGrants(auth: AuthContext): Promise<EigenGrant[]> {
    if (!auth.bestuur)
      return auth.grants.map((g) => ({
        id: g.id,
        role: g.role,
        kenmerk: g.kenmerk,
        from: g.from ?? null,
        until: g.until ?? null,
        toegekendOp: '',
      }))
    const grants = await rollen.vanBestuur(auth.bestuur.bestuursnummer)
    return grants.filter((g) => g.persoonId === auth.persoon.id)
  }

  return new Hono<AppEnv>()
    .use(requireLogin())
    .use(geenCache())
    .get('/', async (c) => {
      const auth = authOf(c)
      const at = clock.now()
      const today = dutchDate(at)
      const bestuur = auth.bestuur
      const rollenVanMij = (await eigenGrants(auth)).map((g) => {
        const role = roles[g.role as RoleId]
        return {
          ...grantView(g, today),
          omschrijving: role?.description ?? null,
          organisatie: organisatieVan(bestuur, g.kenmerk),
          beschikbaarVanaf:
            role?.availableFrom && today < role.availableFrom ? role.availableFrom : null,
          gegevensToegang: role?.dataAccess ?? false,
          permissies: (role?.permissions ?? []).map((p) => ({
            id: p,
            nl: permissions[p].nl,
            en: permissions[p].en,
          })),
          toegekendDoorRol: toegekendDoorRol(role),
        }
      })
      return c.json({
        persoon: { id: auth.persoon.id, naam: auth.persoon.naam },
        bestuur: bestuur ? { bestuursnummer: bestuur.bestuursnummer, naam: bestuur.naam } : null,
        intermediairKvk: auth.session.intermediairKvk,
        rollen: rollenVanMij,
        beheerders: bestuur ? await beheerdersOf(rollen, bestuur, at) : [],
      })
    })
}
