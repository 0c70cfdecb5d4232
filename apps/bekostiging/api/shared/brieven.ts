/**
 * The letters of bekostiging, made with the platform's `maakBrief` (pdf-lib) and published in the
 * bestuur's digitaal archief with the zaak's referentie: the ontvangstbevestiging of a
 * submission, the beschikking on an aanvraag, the beslissing op bezwaar.
 */
import type { BestuurTree } from '@duo/server-kit'
import { maakBrief } from '@duo/server-kit/pdf'
import { CATEGORIE } from '../../regels/categorieen'
import { bedragTekst } from '../../regels/bedragen'
import { datumTekst } from '../../regels/datum'
import type { Besluit, BezwaarBeslissing } from '../tables'
import type { Aanvraag } from '../aanvragen/store'
import type { Bezwaar } from '../bezwaren/store'
import { schoolNaam } from './scholen'

const aan = (b: BestuurTree) => [b.naam, `Bestuursnummer ${b.bestuursnummer}`, 'T.a.v. het bestuur']
const nl = (d: string) => datumTekst(d, 'nl')

export function ontvangstbevestiging(a: Aanvraag, bestuur: BestuurTree) {
  const regels = [
    `Op ${nl(a.ontvangenDag!)} hebben wij uw aanvraag bijzondere bekostiging ontvangen voor de categorie ‘${CATEGORIE[a.categorie].naam.nl}’, voor ${schoolNaam(bestuur, a.instellingscode)} (${a.instellingscode}).`,
    `Ingediend door: ${a.ingediendDoor}.`,
    `U krijgt uiterlijk ${nl(a.uitersteBeslisdatum!)} een beschikking. Bij toekenning gaat de bekostiging in op ${nl(a.ingangsdatum!)}.`,
    'Bewaar de gegevens waarop de aanvraag steunt in de administratie van de school: DUO kan erom vragen.',
  ]
  const tabel: Array<[string, string]> = [['Referentienummer', a.referentie!]]
  if (a.indicatiefBedrag !== null)
    tabel.push(['Indicatief bedrag', bedragTekst(a.indicatiefBedrag, 'nl')])
  return maakBrief({
    titel: 'Ontvangstbevestiging aanvraag bijzondere bekostiging',
    referentie: a.referentie!,
    datum: a.ontvangenDag!,
    aan: aan(bestuur),
    regels,
    tabel,
  })
}

const BESLUIT_TEKST: Record<Besluit, string> = {
  toegekend: 'Wij kennen uw aanvraag toe.',
  'deels-toegekend': 'Wij kennen uw aanvraag gedeeltelijk toe.',
  afgewezen: 'Wij wijzen uw aanvraag af.',
}

export function beschikking(
  a: Aanvraag,
  bestuur: BestuurTree,
  b: {
    referentie: string
    datum: string
    besluit: Besluit
    bedragCenten: number
    motivering: string
  },
) {
  const tabel: Array<[string, string]> = [
    ['Aanvraag', a.referentie!],
    ['Categorie', CATEGORIE[a.categorie].naam.nl],
    ['School', `${schoolNaam(bestuur, a.instellingscode)} (${a.instellingscode})`],
    ['Besluit', b.besluit.replace('-', ' ')],
  ]
  if (b.besluit !== 'afgewezen') {
    tabel.push(['Bedrag', bedragTekst(b.bedragCenten, 'nl')])
    tabel.push(['Ingangsdatum', nl(a.ingangsdatum!)])
  }
  return maakBrief({
    titel: `Beschikking bijzondere bekostiging: ${CATEGORIE[a.categorie].naam.nl}`,
    referentie: b.referentie,
    datum: b.datum,
    aan: aan(bestuur),
    regels: [
      `U vroeg op ${nl(a.ontvangenDag!)} bijzondere bekostiging aan (ingediend door ${a.ingediendDoor}). ${BESLUIT_TEKST[b.besluit]}`,
      `Motivering: ${b.motivering}`,
      `Bent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken in Mijn DUO, onder Zaakdossier.`,
    ],
    tabel,
  })
}

const BESLISSING_TEKST: Record<BezwaarBeslissing, string> = {
  gegrond: 'Wij verklaren uw bezwaar gegrond.',
  'deels-gegrond': 'Wij verklaren uw bezwaar gedeeltelijk gegrond.',
  ongegrond: 'Wij verklaren uw bezwaar ongegrond.',
}

export function bezwaarBevestiging(z: Bezwaar, bestuur: BestuurTree, waartegen: string) {
  return maakBrief({
    titel: 'Ontvangstbevestiging bezwaar',
    referentie: z.referentie,
    datum: z.ontvangenDag,
    aan: aan(bestuur),
    regels: [
      `Op ${nl(z.ontvangenDag)} hebben wij uw bezwaar ontvangen tegen ${waartegen}.`,
      `Ingediend door: ${z.ingediendDoor}.`,
      `Wij beslissen uiterlijk ${nl(z.uitersteBeslisdatum)} op uw bezwaar.`,
    ],
    tabel: [['Referentienummer', z.referentie]],
  })
}

export function beslissingOpBezwaar(
  z: Bezwaar,
  bestuur: BestuurTree,
  b: { datum: string; beslissing: BezwaarBeslissing; motivering: string; waartegen: string },
) {
  return maakBrief({
    titel: 'Beslissing op bezwaar',
    referentie: z.referentie,
    datum: b.datum,
    aan: aan(bestuur),
    regels: [
      `U maakte op ${nl(z.ontvangenDag)} bezwaar tegen ${b.waartegen}. ${BESLISSING_TEKST[b.beslissing]}`,
      `Motivering: ${b.motivering}`,
      'Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken beroep instellen bij de bestuursrechter.',
    ],
  })
}
