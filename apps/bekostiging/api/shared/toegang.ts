/**
 * Loading a zaak for whoever asks: `@duo/authz` decides on the zaak's own bestuur (never on the
 * URL), and a zaak of another bestuur answers exactly like one that does not exist. A concept is
 * its maker's alone until it is submitted: to anyone else it does not exist either.
 */
import {
  authorizeLoaded,
  bestuurVan as bestuurUitContext,
  may,
  nietGevonden,
  type AuthContext,
  type BestuurTree,
  type SectionPlatform,
} from '@duo/server-kit'
import type { PermissionId, Resource } from '@duo/authz'
import type { BekostigingTables } from '../tables'
import { haalAanvraag, type Aanvraag } from '../aanvragen/store'
import { haalBezwaar, type Bezwaar } from '../bezwaren/store'

const aanvraagNietGevonden = () =>
  nietGevonden(
    'Deze aanvraag bestaat niet of u kunt hem niet inzien.',
    'This application does not exist or you cannot view it.',
  )
const bezwaarNietGevonden = () =>
  nietGevonden(
    'Dit bezwaar bestaat niet of u kunt het niet inzien.',
    'This objection does not exist or you cannot view it.',
  )

/** Reading a zaak: the medewerker bekostiging and the raadpleger zaakdossier both may. */
export const ZAAK_LEZEN: readonly PermissionId[] = [
  'bekostiging.raadplegen',
  'zaakdossier.raadplegen',
]

/**
 * Allowed when any of the permissions allows it; otherwise the first one's answer: 404 outside
 * the person's bestuur, 403 with the reason for a missing role.
 */
export function authorizeEen(
  auth: AuthContext,
  permissies: readonly PermissionId[],
  resource: Resource,
  now: Date,
  notFound: () => ReturnType<typeof nietGevonden>,
): void {
  if (permissies.some((p) => may(auth, p, resource, now))) return
  authorizeLoaded(auth, permissies[0]!, resource, now, notFound)
}

export function toegang(platform: SectionPlatform<BekostigingTables>) {
  const { db, organisaties, clock } = platform

  /** The object's bestuur; the request's own tree when it is the one acted for (no read). */
  async function bestuurVan(
    auth: AuthContext,
    bestuursnummer: string,
    notFound: () => never,
  ): Promise<BestuurTree> {
    return (await bestuurUitContext(auth, organisaties, bestuursnummer)) ?? notFound()
  }
  const geenAanvraag = (): never => {
    throw aanvraagNietGevonden()
  }
  const geenBezwaar = (): never => {
    throw bezwaarNietGevonden()
  }

  return {
    /**
     * An aanvraag for a person of a bestuur. Concepts: only their maker, with `wijzigen` rights.
     * Submitted ones: anyone of the bestuur holding one of `permissies`.
     */
    async aanvraag(
      auth: AuthContext,
      id: string,
      permissies: readonly PermissionId[],
    ): Promise<{ aanvraag: Aanvraag; bestuur: BestuurTree }> {
      const aanvraag = (await haalAanvraag(db, id)) ?? geenAanvraag()
      if (aanvraag.status === 'concept' && aanvraag.eigenaarPersoonId !== auth.persoon.id)
        geenAanvraag()
      const bestuur = await bestuurVan(auth, aanvraag.bestuursnummer, geenAanvraag)
      authorizeEen(auth, permissies, { bestuur }, clock.now(), aanvraagNietGevonden)
      return { aanvraag, bestuur }
    },

    /** A bezwaar for a person of its bestuur. */
    async bezwaar(
      auth: AuthContext,
      id: string,
      permissies: readonly PermissionId[],
    ): Promise<{ bezwaar: Bezwaar; bestuur: BestuurTree }> {
      const bezwaar = (await haalBezwaar(db, id)) ?? geenBezwaar()
      const bestuur = await bestuurVan(auth, bezwaar.bestuursnummer, geenBezwaar)
      authorizeEen(auth, permissies, { bestuur }, clock.now(), bezwaarNietGevonden)
      return { bezwaar, bestuur }
    },

    /** An aanvraag for DUO's behandelaar, of any bestuur; concepts do not exist for DUO. */
    async aanvraagVoorDuo(auth: AuthContext, id: string) {
      const aanvraag = (await haalAanvraag(db, id)) ?? geenAanvraag()
      if (aanvraag.status === 'concept') geenAanvraag()
      const bestuur = await bestuurVan(auth, aanvraag.bestuursnummer, geenAanvraag)
      authorizeLoaded(
        auth,
        'bekostiging.behandelen',
        { bestuur },
        clock.now(),
        aanvraagNietGevonden,
      )
      return { aanvraag, bestuur }
    },

    async bezwaarVoorDuo(auth: AuthContext, id: string) {
      const bezwaar = (await haalBezwaar(db, id)) ?? geenBezwaar()
      const bestuur = await bestuurVan(auth, bezwaar.bestuursnummer, geenBezwaar)
      authorizeLoaded(auth, 'bekostiging.behandelen', { bestuur }, clock.now(), bezwaarNietGevonden)
      return { bezwaar, bestuur }
    },
  }
}
