/**
 * Loading an aanlevering for whoever asks: `@duo/authz` decides on the aanlevering's own bestuur
 * (never on the URL). Another bestuur's aanlevering answers exactly like one that does not exist;
 * a missing role (or an EH2+ login) on one's own answers 403 with the reason. DUO's behandelaar
 * sees submitted aanleveringen of every bestuur, never a bestuur's concepts.
 */
import {
  authorize,
  authorizeLoaded,
  bestuurVan as bestuurUitContext,
  GEEN_BESTUUR,
  nietGevonden,
  requireBestuur,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import type { PermissionId } from '@duo/authz'
import { getAanlevering, type Aanlevering } from '../aanleveringen/store'
import { INGEDIEND, type XbrlTables } from '../tables'

export const onbekend = () =>
  nietGevonden(
    'Deze aanlevering bestaat niet of u kunt hem niet inzien.',
    'This submission does not exist or you cannot view it.',
  )

const isDuo = (auth: AuthContext) => auth.subject.kind === 'duo-medewerker'

export function toegang(platform: SectionPlatform<XbrlTables>) {
  const { db, organisaties, clock } = platform

  /** The object's bestuur; the request's own tree when it is the one acted for (no read). */
  async function bestuurVan(bestuursnummer: string, auth?: AuthContext): Promise<BestuurTree> {
    const bestuur = await bestuurUitContext(auth ?? null, organisaties, bestuursnummer)
    if (!bestuur) throw onbekend()
    return bestuur
  }

  return {
    bestuurVan,

    /** For a person of the aanlevering's bestuur, with the permission the action needs. */
    async voorBestuur(auth: AuthContext, id: string, permission: PermissionId) {
      // DUO's staff act for no bestuur: the same 403 whatever the id, so no id is revealed.
      requireBestuur(auth)
      const a = await getAanlevering(db, id)
      if (!a) throw onbekend()
      const bestuur = await bestuurVan(a.bestuursnummer, auth)
      authorizeLoaded(auth, permission, { bestuur }, clock.now(), onbekend)
      return { aanlevering: a, bestuur }
    },

    /** For DUO's behandelaar: only submitted aanleveringen exist for them. */
    async voorDuo(auth: AuthContext, id: string) {
      authorize(auth, 'xbrl.jaarverantwoording.behandelen', { bestuur: GEEN_BESTUUR }, clock.now())
      const a = await getAanlevering(db, id)
      if (!a || !(INGEDIEND as readonly string[]).includes(a.status)) throw onbekend()
      return { aanlevering: a, bestuur: await bestuurVan(a.bestuursnummer) }
    },

    /** For reading: the bestuur's own people, or DUO's behandelaar. */
    async omTeLezen(
      auth: AuthContext,
      id: string,
    ): Promise<{ aanlevering: Aanlevering; bestuur: BestuurTree }> {
      return isDuo(auth)
        ? this.voorDuo(auth, id)
        : this.voorBestuur(auth, id, 'xbrl.jaarverantwoording.raadplegen')
    },
  }
}
