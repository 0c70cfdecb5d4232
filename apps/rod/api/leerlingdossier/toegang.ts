/**
 * Loading a pupil for a school. First `@duo/authz` decides on the school itself (its bestuur
 * from the platform's tree), so whether a pupil exists is never told to someone who may not
 * look; then only a pupil with an inschrijving at that school exists there, and the
 * inschrijving's own bestuur is checked again. A pupil of another school (12AB asking for one of
 * 34CD) answers exactly like an unknown id.
 */
import { nietGevonden, type AuthContext, type SectionPlatform } from '@duo/server-kit'
import type { PermissionId } from '@duo/authz'
import type { RodTables } from '../tables'
import { toegang } from '../shared/toegang'
import { UUID } from '../shared/invoer'
import { getLeerling, inschrijvingenOpSchool } from './store'

const leerlingNietGevonden = () =>
  nietGevonden(
    'Deze leerling staat niet ingeschreven op deze school, of u kunt zijn gegevens niet inzien.',
    'This pupil is not enrolled at this school, or you cannot view the pupil’s data.',
  )

export function leerlingToegang(platform: SectionPlatform<RodTables>) {
  const { db, organisaties } = platform
  const mag = toegang(platform)
  return async function leerlingOpSchool(
    auth: AuthContext,
    permission: PermissionId,
    instellingscode: string,
    leerlingId: string,
  ) {
    if (!UUID.test(leerlingId) || !/^\d{2}[A-Z]{2}$/.test(instellingscode))
      throw leerlingNietGevonden()
    const vanSchool = await organisaties.bestuurVanSchool(instellingscode)
    if (!vanSchool) throw leerlingNietGevonden()
    await mag.opRij(
      auth,
      permission,
      { bestuursnummer: vanSchool.bestuursnummer, instellingscode },
      leerlingNietGevonden,
    )
    const inschrijvingen = await inschrijvingenOpSchool(db, leerlingId, instellingscode)
    const eerste = inschrijvingen[0]
    if (!eerste) throw leerlingNietGevonden()
    const bestuur = await mag.opRij(auth, permission, eerste, leerlingNietGevonden)
    const leerling = await getLeerling(db, leerlingId)
    if (!leerling) throw leerlingNietGevonden()
    const school = bestuur.scholen.find((s) => s.instellingscode === instellingscode)!
    return { leerling, inschrijvingen, bestuur, school }
  }
}
