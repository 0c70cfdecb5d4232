/**
 * The demo aanvragen themselves: a dozen of bestuur A and five of bestuur B, one or more in every
 * state, in every category but the sbo's, each valid on the day it was submitted. Dates relative
 * to today (`v`), so the demo reads well at any `DUO_NOW`.
 */
import { BESTUUR_A, BESTUUR_B } from '@duo/server-kit/demo'
import type { Categorie } from '../../regels/categorieen'
import type { Gegevens } from '../../regels/controle'
import { plusDagen, type Dag } from '../../regels/datum'
import type { AanvraagStatus, Besluit } from '../tables'
import * as g from './gegevens'

export interface DemoAanvraag {
  key: string
  bestuursnummer: string
  persona: string
  categorie: Categorie
  status: AanvraagStatus
  gegevens: Gegevens
  ontvangen?: Dag
  inBehandeling?: Dag
  besluit?: { besluit: Besluit; bedragCenten: number | 'indicatief'; motivering: string; dag: Dag }
  ingetrokken?: Dag
}

const A = BESTUUR_A.bestuursnummer
const B = BESTUUR_B.bestuursnummer
export const BEHANDELAAR = { persona: 'behandelaar', naam: 'Frank de Graaf' }

export function demoAanvragen(v: Dag): DemoAanvraag[] {
  const recent = g.laatstePeildatum(plusDagen(v, -3))
  const eerder = g.laatstePeildatum(plusDagen(v, -60))
  const roma = g.laatsteOpOfVoor(plusDagen(v, -120), (y) => `${y}-10-12`)
  const schip = g.laatsteOpOfVoor(plusDagen(v, -200), (y) => `${y}-11-03`)
  const embA = g.laatsteOpOfVoor(plusDagen(v, -90), (y) => `${y}-09-06`)
  const oud = g.laatstePeildatum(plusDagen(v, -240))
  const romaOud = g.laatsteOpOfVoor(plusDagen(v, -400), (y) => `${y}-12-01`)
  const ingetrokken = g.laatstePeildatum(plusDagen(v, -150))
  const romaB = g.laatsteOpOfVoor(plusDagen(v, -20), (y) => `${y}-10-20`)
  const embB = g.laatsteOpOfVoor(plusDagen(v, -100), (y) => `${y}-09-10`)
  const schipB = g.laatsteOpOfVoor(plusDagen(v, -150), (y) => `${y}-10-05`)
  const min = (a: Dag, b: Dag) => (a < b ? a : b)
  return [
    {
      key: 'a-concept-roma',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'roma-sinti',
      status: 'concept',
      gegevens: g.romaSinti('12AB', v, 5),
    },
    {
      key: 'a-concept-opvang',
      bestuursnummer: A,
      persona: 'administratiekantoor',
      categorie: 'eerste-opvang',
      status: 'concept',
      gegevens: { ...g.nieuwkomers('34CD', g.laatstePeildatum(v), 2) },
    },
    {
      key: 'a-ingediend-opvang',
      bestuursnummer: A,
      persona: 'administratiekantoor',
      categorie: 'eerste-opvang',
      status: 'ingediend',
      gegevens: g.nieuwkomers('12AB', recent, 5),
      ontvangen: min(plusDagen(recent, 12), plusDagen(v, -1)),
    },
    {
      key: 'a-ingediend-tweede-jaar',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'asielzoekers-tweede-jaar',
      status: 'ingediend',
      gegevens: g.tweedeJaar('34CD', recent, 2),
      ontvangen: min(plusDagen(recent, 20), plusDagen(v, -1)),
    },
    {
      key: 'a-behandeling-blijf',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'blijf-van-mijn-lijfhuizen',
      status: 'in-behandeling',
      gegevens: g.blijfVanMijnLijf('12AB', plusDagen(v, -45)),
      ontvangen: plusDagen(v, -45),
      inBehandeling: plusDagen(v, -30),
    },
    {
      key: 'a-behandeling-procesopvang',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'procesopvang-gezinslocaties',
      status: 'in-behandeling',
      gegevens: g.procesopvang('34CD', eerder, 6, 'Gezinslocatie Zeist (COA)'),
      ontvangen: plusDagen(eerder, 14),
      inBehandeling: plusDagen(eerder, 24),
    },
    {
      key: 'a-toegekend-roma',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'roma-sinti',
      status: 'toegekend',
      gegevens: g.romaSinti('12AB', roma, 6),
      ontvangen: roma,
      inBehandeling: plusDagen(roma, 9),
      besluit: {
        besluit: 'toegekend',
        bedragCenten: 'indicatief',
        motivering:
          'De aanvraag voldoet aan de voorwaarden: 6 leerlingen, aangevraagd vóór 1 april.',
        dag: plusDagen(roma, 42),
      },
    },
    {
      key: 'a-toegekend-schippers',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'schipperskinderen',
      status: 'toegekend',
      gegevens: g.schippers('34CD', schip, 5),
      ontvangen: schip,
      inBehandeling: plusDagen(schip, 20),
      besluit: {
        besluit: 'toegekend',
        bedragCenten: 4_850_000,
        motivering:
          'Vijf schipperskinderen vóór 1 april op school: bekostiging in de band 3–6 leerlingen.',
        dag: plusDagen(schip, 55),
      },
    },
    {
      key: 'a-deels-emb',
      bestuursnummer: A,
      persona: 'administratiekantoor',
      categorie: 'emb',
      status: 'deels-toegekend',
      gegevens: g.emb('12AB', Number(embA.slice(0, 4)), 3),
      ontvangen: embA,
      inBehandeling: plusDagen(embA, 14),
      besluit: {
        besluit: 'deels-toegekend',
        bedragCenten: 2_900_000,
        motivering:
          'Voor één van de drie leerlingen staat in ROD geen toelaatbaarheidsverklaring cluster 3 op 1 oktober; voor twee leerlingen kennen wij de bekostiging toe.',
        dag: plusDagen(embA, 50),
      },
    },
    {
      key: 'a-afgewezen-opvang',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'eerste-opvang',
      status: 'afgewezen',
      gegevens: g.nieuwkomers('34CD', oud, 4),
      ontvangen: plusDagen(oud, 9),
      inBehandeling: plusDagen(oud, 30),
      besluit: {
        besluit: 'afgewezen',
        bedragCenten: 0,
        motivering:
          'Volgens ROD waren 2 van de 4 genoemde leerlingen op de peildatum al langer dan 1 jaar in Nederland; het minimum van 4 leerlingen wordt niet gehaald.',
        dag: plusDagen(oud, 79),
      },
    },
    {
      key: 'a-afgewezen-roma',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'roma-sinti',
      status: 'afgewezen',
      gegevens: g.romaSinti('34CD', romaOud, 4),
      ontvangen: romaOud,
      besluit: {
        besluit: 'afgewezen',
        bedragCenten: 0,
        motivering:
          'De genoemde leerlingen stonden op de peildatum niet in ROD ingeschreven bij deze school.',
        dag: plusDagen(romaOud, 30),
      },
    },
    {
      key: 'a-ingetrokken-procesopvang',
      bestuursnummer: A,
      persona: 'medewerker-bekostiging',
      categorie: 'procesopvang-gezinslocaties',
      status: 'ingetrokken',
      gegevens: g.procesopvang('12AB', ingetrokken, 3, 'Procesopvanglocatie Bunnik'),
      ontvangen: plusDagen(ingetrokken, 5),
      ingetrokken: plusDagen(ingetrokken, 17),
    },
    {
      key: 'b-concept-emb',
      bestuursnummer: B,
      persona: 'bekostiging-b',
      categorie: 'emb',
      status: 'concept',
      gegevens: { instellingscode: '56EF' },
    },
    {
      key: 'b-ingediend-opvang',
      bestuursnummer: B,
      persona: 'bekostiging-b',
      categorie: 'eerste-opvang',
      status: 'ingediend',
      gegevens: g.nieuwkomers('56EF', recent, 4),
      ontvangen: min(plusDagen(recent, 6), plusDagen(v, -1)),
    },
    {
      key: 'b-behandeling-roma',
      bestuursnummer: B,
      persona: 'bekostiging-b',
      categorie: 'roma-sinti',
      status: 'in-behandeling',
      gegevens: g.romaSinti('56EF', romaB, 7),
      ontvangen: romaB,
      inBehandeling: plusDagen(romaB, 15),
    },
    {
      key: 'b-toegekend-emb',
      bestuursnummer: B,
      persona: 'bekostiging-b',
      categorie: 'emb',
      status: 'toegekend',
      gegevens: g.emb('56EF', Number(embB.slice(0, 4)), 2),
      ontvangen: embB,
      inBehandeling: plusDagen(embB, 7),
      besluit: {
        besluit: 'toegekend',
        bedragCenten: 3_100_000,
        motivering:
          'Beide leerlingen stonden op 1 oktober van het vorige schooljaar ingeschreven met een toelaatbaarheidsverklaring cluster 3.',
        dag: plusDagen(embB, 35),
      },
    },
    {
      key: 'b-afgewezen-schippers',
      bestuursnummer: B,
      persona: 'bekostiging-b',
      categorie: 'schipperskinderen',
      status: 'afgewezen',
      gegevens: g.schippers('56EF', schipB, 3),
      ontvangen: schipB,
      besluit: {
        besluit: 'afgewezen',
        bedragCenten: 0,
        motivering:
          'Uit de gegevens van de school blijkt dat de kinderen niet tot een schippersgezin behoren.',
        dag: plusDagen(schipB, 40),
      },
    },
  ]
}
