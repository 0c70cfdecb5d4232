import type { Localized } from '@duo/portal-sdk'
import type { Aanmelding, AanmeldingDetail } from '../../api'

type Tweetalig = (
  key: string,
  named?: Record<string, unknown> | ((l: 'nl' | 'en') => Record<string, unknown>),
) => Localized

const namen = (lijst: Array<{ naam: string }>) => lijst.map((p) => p.naam).join(', ')

/**
 * What approving an aanmelding does, in words for the confirmation: who becomes beheerder, and
 * whom that replaces (who loses the beheerder role and what came with it).
 * @example
 * vervangen(a, huidigeBeheerders, tweetalig).nl
 * // "Lars Hendriks wordt Beheerder po en vervangt Anouk Jansen. Anouk Jansen verliest …"
 */
export function vervangen(
  a: Aanmelding,
  huidig: AanmeldingDetail['huidigeBeheerders'],
  tweetalig: Tweetalig,
): Localized {
  const zinnen: Localized[] = []
  const benoemd = [
    { rol: 'beheerder-po', persoon: a.beheerderPo, extra: true },
    { rol: 'beheerder-bekostiging-opleidingen', persoon: a.beheerderBekostiging, extra: false },
  ]
  for (const { rol, persoon, extra } of benoemd) {
    if (!persoon) continue
    const nu = huidig.find((h) => h.rol === rol)
    const rolNaam = nu?.rolNaam ?? { nl: rol, en: rol }
    const weg = (nu?.personen ?? []).filter((p) => p.id !== persoon.id)
    const named = (l: 'nl' | 'en') => ({ nieuw: persoon.naam, rol: rolNaam[l], oud: namen(weg) })
    if (!weg.length) zinnen.push(tweetalig('beheer.werkvoorraad.gevolgNieuw', named))
    else {
      zinnen.push(tweetalig('beheer.werkvoorraad.gevolgVervangt', named))
      zinnen.push(
        tweetalig(
          extra ? 'beheer.werkvoorraad.gevolgVerliestRio' : 'beheer.werkvoorraad.gevolgVerliest',
          named,
        ),
      )
    }
  }
  zinnen.push(tweetalig('beheer.werkvoorraad.gevolgDirect'))
  return {
    nl: zinnen.map((z) => z.nl).join(' '),
    en: zinnen.map((z) => z.en).join(' '),
  }
}
