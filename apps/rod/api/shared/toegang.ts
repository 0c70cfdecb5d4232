/**
 * Who may see which part of the register: `@duo/authz` decides on the bestuur tree of the
 * person (for a scope they ask for) or of the row loaded (for a pupil, a file, a verzoek).
 * A school outside the person's reach answers exactly like one that does not exist (404).
 */
import {
  authorize,
  type ApiProblem,
  authorizeLoaded,
  bestuurVan,
  may,
  nietGevonden,
  requireBestuur,
  type AuthContext,
  type BestuurTree,
  type SchoolNode,
  type SectionPlatform,
} from '@duo/server-kit'
import type { PermissionId } from '@duo/authz'

const schoolNietGevonden = () =>
  nietGevonden(
    'Deze school bestaat niet of u kunt haar gegevens niet inzien.',
    'This school does not exist or you cannot view its data.',
  )

/** The part of the register a request reads: one school, or every school of the bestuur. */
export interface Scope {
  bestuur: BestuurTree
  /** Null: the whole bestuur. */
  school: SchoolNode | null
  /** The schools read (one, or all of the bestuur). */
  instellingscodes: string[]
}

export function toegang(platform: Pick<SectionPlatform, 'clock' | 'organisaties'>) {
  const now = () => platform.clock.now()

  /** The schools of the person's bestuur where any of the permissions holds. */
  function scholenMet(auth: AuthContext, permissions: readonly PermissionId[]): SchoolNode[] {
    const bestuur = requireBestuur(auth)
    return bestuur.scholen.filter((s) =>
      permissions.some((p) => may(auth, p, { bestuur, school: s.instellingscode }, now())),
    )
  }

  /**
   * The scope asked for, when allowed by any of the permissions: a school of the person's own
   * bestuur (404 otherwise, also for a school the person's kenmerk does not cover), or the
   * whole bestuur (403 with the reason of the first permission when refused).
   */
  function scope(
    auth: AuthContext,
    permissions: readonly [PermissionId, ...PermissionId[]],
    instellingscode?: string | null,
  ): Scope {
    const bestuur = requireBestuur(auth)
    if (!instellingscode) {
      if (!permissions.some((p) => may(auth, p, { bestuur }, now())))
        authorize(auth, permissions[0], { bestuur }, now())
      return {
        bestuur,
        school: null,
        instellingscodes: bestuur.scholen.map((s) => s.instellingscode),
      }
    }
    const school = bestuur.scholen.find((s) => s.instellingscode === instellingscode)
    if (!school) throw schoolNietGevonden()
    const resource = { bestuur, school: school.instellingscode }
    if (!permissions.some((p) => may(auth, p, resource, now())))
      authorizeLoaded(auth, permissions[0], resource, now(), schoolNietGevonden)
    return { bestuur, school, instellingscodes: [school.instellingscode] }
  }

  /**
   * Decides on a row that belongs to a school: the bestuur is the row's own (from the
   * platform's tree), never one named in the URL. Outside the person's reach: `notFound`.
   */
  async function opRij(
    auth: AuthContext,
    permission: PermissionId,
    rij: { bestuursnummer: string; instellingscode: string | null },
    notFound: () => ApiProblem = () => nietGevonden(),
  ): Promise<BestuurTree> {
    const bestuur = await bestuurVan(auth, platform.organisaties, rij.bestuursnummer)
    if (!bestuur) throw notFound()
    const resource = rij.instellingscode ? { bestuur, school: rij.instellingscode } : { bestuur }
    authorizeLoaded(auth, permission, resource, now(), notFound)
    return bestuur
  }

  return { scholenMet, scope, opRij }
}
