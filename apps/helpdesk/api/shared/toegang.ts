/**
 * Loading a melding for whoever asks: `@duo/authz` decides on the melding's own bestuur (never
 * on the URL), and a melding of another bestuur answers exactly like one that does not exist.
 */
import {
  authorizeLoaded,
  bestuurVan as bestuurUitContext,
  nietGevonden,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import type { PermissionId } from '@duo/authz'
import type { HelpdeskTables } from '../tables'
import { getGesprek, getMelding, visibleTo, type Melding } from '../meldingen/store'

const meldingNietGevonden = () =>
  nietGevonden(
    'Deze melding bestaat niet of u kunt hem niet inzien.',
    'This melding (ticket) does not exist or you cannot view it.',
  )

export function toegang(platform: SectionPlatform<HelpdeskTables>) {
  const { db, organisaties, personen, clock } = platform

  /** The tree of the melding's bestuur; the request's own when it is the one acted for. */
  async function bestuurVan(bestuursnummer: string, auth?: AuthContext): Promise<BestuurTree> {
    const tree = await bestuurUitContext(auth ?? null, organisaties, bestuursnummer)
    if (!tree) throw meldingNietGevonden()
    return tree
  }

  return {
    /** A melding for a person of a bestuur: authz on its bestuur, then the old-account rule. */
    async voorBestuur(auth: AuthContext, id: string, permission: PermissionId): Promise<Melding> {
      const melding = await getMelding(db, id)
      if (!melding) throw meldingNietGevonden()
      const bestuur = await bestuurVan(melding.bestuursnummer, auth)
      authorizeLoaded(auth, permission, { bestuur }, clock.now(), meldingNietGevonden)
      const oudeAccounts = melding.legacyAccountId
        ? await personen.zichtbareOudeAccounts({
            bestuursnummer: melding.bestuursnummer,
            persoonId: auth.persoon.id,
          })
        : []
      if (!visibleTo(melding, oudeAccounts)) throw meldingNietGevonden()
      return melding
    },

    /** A melding for Helpdesk DUO po's staff, of any bestuur. */
    async voorHelpdesk(auth: AuthContext, id: string): Promise<Melding> {
      const melding = await getMelding(db, id)
      if (!melding) throw meldingNietGevonden()
      authorizeLoaded(
        auth,
        'helpdesk.behandelen',
        { bestuur: await bestuurVan(melding.bestuursnummer) },
        clock.now(),
        meldingNietGevonden,
      )
      return melding
    },

    /** The melding with its conversation and the names of its bestuur and school. */
    async detail(melding: Melding, auth?: AuthContext) {
      const [gesprek, bestuur] = await Promise.all([
        getGesprek(db, melding.id),
        bestuurVan(melding.bestuursnummer, auth).catch(() => null),
      ])
      const school = bestuur?.scholen.find((s) => s.instellingscode === melding.instellingscode)
      return {
        melding: { ...melding, bestuurNaam: bestuur?.naam ?? '', schoolNaam: school?.naam ?? null },
        gesprek,
      }
    },
  }
}
