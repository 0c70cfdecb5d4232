/**
 * Demo funding lines for five years per school (regulier personeel, materiële instandhouding,
 * groei), and the aangeboden opleidingen as RIO registers them. Amounts grow a little per year,
 * from fixed seeds; ids from their meaning, so a second run adds nothing.
 */
import { toIso, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId } from '@duo/server-kit/demo'
import type { BekostigingTables } from '../tables'
import { toeval } from './toeval'

const SCHOLEN = [
  { bestuursnummer: BESTUUR_A.bestuursnummer, code: '12AB', leerlingen: 310, groei: true },
  { bestuursnummer: BESTUUR_A.bestuursnummer, code: '34CD', leerlingen: 245, groei: false },
  { bestuursnummer: BESTUUR_B.bestuursnummer, code: '56EF', leerlingen: 190, groei: false },
]

export async function seedBekostiging(platform: SectionPlatform<BekostigingTables>, jaar: number) {
  const { db, clock } = platform
  const rows: BekostigingTables['bekostiging_regel'][] = []
  for (const s of SCHOLEN)
    for (let j = jaar - 4; j <= jaar; j++) {
      const r = toeval(`regel:${s.code}:${j}`)
      // Per pupil roughly €5,300 personnel and €1,050 materieel a year, indexed 2.5% a year.
      const index = 1.025 ** (j - (jaar - 4))
      const n = s.leerlingen + r.tussen(-12, 12) + (s.groei ? (j - jaar + 4) * 9 : 0)
      const regel = (soort: string, centen: number, omschrijving: string) =>
        rows.push({
          id: demoId(`bekostiging:regel:${s.code}:${j}:${soort}`),
          bestuursnummer: s.bestuursnummer,
          instellingscode: s.code,
          jaar: j,
          soort,
          bedrag_centen: Math.round(centen),
          omschrijving,
          aanvraag_id: null,
          created_at: toIso(clock.now()),
        })
      regel(
        'regulier-personeel',
        n * 530_000 * index,
        `Personeel ${n} leerlingen (teldatum 1 februari ${j - 1})`,
      )
      regel(
        'materiele-instandhouding',
        n * 105_000 * index + 2_400_000,
        `Materiële instandhouding ${n} leerlingen`,
      )
      if (s.groei && j >= jaar - 2)
        regel(
          'groei',
          27 * 530_000 * index,
          `Groeibekostiging: 27 leerlingen meer op 1 oktober ${j - 1}`,
        )
    }
  const bestaand = new Set(
    (
      await db
        .selectFrom('bekostiging_regel')
        .select('id')
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    ).map((r) => r.id),
  )
  const nieuw = rows.filter((r) => !bestaand.has(r.id))
  if (nieuw.length) await db.insertInto('bekostiging_regel').values(nieuw).execute()
}

const OPLEIDINGEN = [
  {
    key: 'a-12ab-bao',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    code: '12AB',
    aanbieder: '101A001',
    eenheid: '1001O0001',
    naam: 'Basisonderwijs (PO-BAO)',
    doelgroep: 'BO',
    locatie: '110X912',
    begin: '2008-08-01',
  },
  {
    key: 'a-34cd-bao',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    code: '34CD',
    aanbieder: '101A002',
    eenheid: '1001O0001',
    naam: 'Basisonderwijs (PO-BAO)',
    doelgroep: 'BO',
    locatie: '110X913',
    begin: '2011-08-01',
  },
  {
    key: 'a-34cd-eoa',
    bestuursnummer: BESTUUR_A.bestuursnummer,
    code: '34CD',
    aanbieder: '101A002',
    eenheid: '1001O0002',
    naam: 'Eerste onderwijs anderstaligen',
    doelgroep: 'BO',
    locatie: '110X914',
    begin: '2016-01-04',
  },
  {
    key: 'b-56ef-bao',
    bestuursnummer: BESTUUR_B.bestuursnummer,
    code: '56EF',
    aanbieder: '102A003',
    eenheid: '1001O0001',
    naam: 'Basisonderwijs (PO-BAO)',
    doelgroep: 'BO',
    locatie: '120X301',
    begin: '1998-08-01',
  },
]

export async function seedOpleidingen(platform: SectionPlatform<BekostigingTables>) {
  const { db } = platform
  const rows = OPLEIDINGEN.map((o) => ({
    id: demoId(`bekostiging:opleiding:${o.key}`),
    bestuursnummer: o.bestuursnummer,
    instellingscode: o.code,
    onderwijsaanbiedercode: o.aanbieder,
    opleidingseenheidcode: o.eenheid,
    naam: o.naam,
    doelgroep: o.doelgroep,
    onderwijslocatiecode: o.locatie,
    begindatum: o.begin,
    einddatum: null,
  }))
  const bestaand = new Set(
    (await db.selectFrom('bekostiging_aangeboden_opleiding').select('id').execute()).map(
      (r) => r.id,
    ),
  )
  const nieuw = rows.filter((r) => !bestaand.has(r.id))
  if (nieuw.length) await db.insertInto('bekostiging_aangeboden_opleiding').values(nieuw).execute()
}
