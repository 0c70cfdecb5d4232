/**
 * Demo counts for the Dashboard bekostiging and the overzichten vaststelling tellingen: the five
 * most recent teldata (1 October and 1 February) at least 8 weeks before today, a few hundred
 * pupil registrations per school each, about 5% with a bekostigingssignaal. The Ovt counts are
 * the funded registrations. The latest Ovt is dated 20 days before today (its bezwaar period
 * runs), the older ones months earlier (closed), so both cases show at any `DUO_NOW`.
 */
import { toIso, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId } from '@duo/server-kit/demo'
import { maakBrief } from '@duo/server-kit/pdf'
import { datumTekst, plusDagen, type Dag } from '../../regels/datum'
import type { BekostigingTables } from '../tables'
import { toeval } from './toeval'

const SCHOLEN = [
  {
    bestuursnummer: BESTUUR_A.bestuursnummer,
    code: '12AB',
    naam: 'OBS De Regenboog',
    leerlingen: 300,
  },
  {
    bestuursnummer: BESTUUR_A.bestuursnummer,
    code: '34CD',
    naam: 'OBS Het Kompas',
    leerlingen: 240,
  },
  {
    bestuursnummer: BESTUUR_B.bestuursnummer,
    code: '56EF',
    naam: 'RKBS De Vlinder',
    leerlingen: 185,
  },
]
const BESTUREN = [
  { ...BESTUUR_A, naam: 'Stichting Openbaar Onderwijs De Linde' },
  { ...BESTUUR_B, naam: 'Stichting Katholiek Onderwijs Het Anker' },
]
const NIET_BEKOSTIGD = ['BS-01', 'BS-02', 'BS-03', 'BS-04', 'BS-05'] as const

/** The five most recent teldata at least 8 weeks before today, newest first. */
function demoTeldata(vandaag: Dag): Dag[] {
  const j = Number(vandaag.slice(0, 4))
  return [j, j - 1, j - 2, j - 3, j - 4]
    .flatMap((y) => [`${y}-10-01`, `${y}-02-01`])
    .filter((d) => d <= plusDagen(vandaag, -56))
    .sort()
    .reverse()
    .slice(0, 5)
}

/** The Ovt's date: the latest 20 days ago; earlier ones as DUO sends them (Dec, April). */
export const dagtekeningVan = (teldatum: Dag, i: number, vandaag: Dag): Dag =>
  i === 0
    ? plusDagen(vandaag, -20)
    : teldatum.endsWith('10-01')
      ? `${teldatum.slice(0, 4)}-12-15`
      : `${teldatum.slice(0, 4)}-04-12`

export async function seedTellingen(platform: SectionPlatform<BekostigingTables>, vandaag: Dag) {
  const { db, documenten, clock } = platform
  const teldata = demoTeldata(vandaag)
  for (const [i, teldatum] of teldata.entries()) {
    for (const school of SCHOLEN) {
      const bestaat = await db
        .selectFrom('bekostiging_statustoekenning')
        .select('id')
        .where('bestuursnummer', '=', school.bestuursnummer)
        .where('teldatum', '=', teldatum)
        .where('instellingscode', '=', school.code)
        .limit(1)
        .executeTakeFirst()
      if (bestaat) continue
      const r = toeval(`telling:${school.code}:${teldatum}`)
      const n = school.leerlingen + r.tussen(-15, 15) + (4 - i) * 3
      const rows = Array.from({ length: n }, (_, k) => {
        const niet = r.getal() < 0.05
        const instroom = Number(teldatum.slice(0, 4)) - r.tussen(0, 8)
        return {
          id: demoId(`bekostiging:status:${school.code}:${teldatum}:${k}`),
          bestuursnummer: school.bestuursnummer,
          instellingscode: school.code,
          teldatum,
          leerlingnummer: `${instroom}-${String(1000 + k).slice(-4)}`,
          leeftijdscategorie: r.getal() < 0.48 ? '4-7' : '8+',
          inschrijfdatum: `${instroom}-08-${String(r.tussen(20, 31)).padStart(2, '0')}`,
          bekostigd: niet ? 0 : 1,
          signaalcode: niet
            ? NIET_BEKOSTIGD[r.tussen(0, NIET_BEKOSTIGD.length - 1)]!
            : r.getal() < 0.01
              ? 'BS-06'
              : null,
        }
      })
      for (let k = 0; k < rows.length; k += 400)
        await db
          .insertInto('bekostiging_statustoekenning')
          .values(rows.slice(k, k + 400))
          .execute()
    }

    // The overzicht vaststelling tellingen of this teldatum, per bestuur, with its PDF.
    for (const bestuur of BESTUREN) {
      const id = demoId(`bekostiging:vaststelling:${bestuur.bestuursnummer}:${teldatum}`)
      if (
        await db
          .selectFrom('bekostiging_vaststelling')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst()
      )
        continue
      const dagtekening = dagtekeningVan(teldatum, i, vandaag)
      const tellingen = await db
        .selectFrom('bekostiging_statustoekenning')
        .select(['instellingscode', 'leeftijdscategorie', (eb) => eb.fn.countAll().as('n')])
        .where('bestuursnummer', '=', bestuur.bestuursnummer)
        .where('teldatum', '=', teldatum)
        .where('bekostigd', '=', 1)
        .groupBy(['instellingscode', 'leeftijdscategorie'])
        .execute()
      const scholen = SCHOLEN.filter((s) => s.bestuursnummer === bestuur.bestuursnummer).map(
        (s) => {
          const tel = (cat: string) =>
            Number(
              tellingen.find((t) => t.instellingscode === s.code && t.leeftijdscategorie === cat)
                ?.n ?? 0,
            )
          return { ...s, onderAcht: tel('4-7'), achtEnOuder: tel('8+') }
        },
      )
      const referentie = `OVT-${teldatum.slice(0, 4)}${teldatum.slice(5, 7)}-${bestuur.bestuursnummer}`
      const document = await documenten.publiceer({
        id: demoId(`bekostiging:document:ovt:${bestuur.bestuursnummer}:${teldatum}`),
        bestuursnummer: bestuur.bestuursnummer,
        soort: 'overzicht',
        titel: `Overzicht vaststelling tellingen teldatum ${datumTekst(teldatum, 'nl')}`,
        referentie,
        datum: dagtekening,
        bestandsnaam: `Overzicht vaststelling tellingen ${teldatum}.pdf`,
        contentType: 'application/pdf',
        zaakReferentie: null,
        bytes: await maakBrief({
          titel: `Overzicht vaststelling tellingen, teldatum ${datumTekst(teldatum, 'nl')}`,
          referentie,
          datum: dagtekening,
          aan: [bestuur.naam, `Bestuursnummer ${bestuur.bestuursnummer}`],
          regels: [
            'Dit zijn de vastgestelde aantallen leerlingen per school op de teldatum. Zij bepalen de bekostiging.',
            'Bent u het niet eens met deze vaststelling? Maak dan binnen 6 weken na de datum van dit overzicht bezwaar in Mijn DUO.',
          ],
          tabel: scholen.map((s): [string, string] => [
            `${s.naam} (${s.code})`,
            `${s.onderAcht} jonger dan 8, ${s.achtEnOuder} van 8 en ouder`,
          ]),
        }),
      })
      await db
        .insertInto('bekostiging_vaststelling')
        .values({
          id,
          bestuursnummer: bestuur.bestuursnummer,
          teldatum,
          dagtekening,
          referentie,
          document_id: document.id,
          created_at: toIso(clock.now()),
        })
        .execute()
      await db
        .insertInto('bekostiging_vastgestelde_telling')
        .values(
          scholen.map((s) => ({
            vaststelling_id: id,
            instellingscode: s.code,
            onder_acht: s.onderAcht,
            acht_en_ouder: s.achtEnOuder,
          })),
        )
        .execute()
    }
  }
  return teldata
}
