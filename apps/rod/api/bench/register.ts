/**
 * Registers of any size for the benchmarks: the demo's generator at a larger scale, or only
 * pupils in leerjaar 8 with their adviezen and toets (what a schooladviezen file reads).
 * Inserted in parts, so the benchmark's own data does not fill the memory it measures.
 */
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { RodDb, RodTables } from '../tables'
import { genereerRegister, legeRijen } from '../demo/register'
import { slaOp, VOLGORDE } from '../demo/opslaan'
import { pgnMaker } from '../demo/pgn-maker'
import { toevalVoor } from '../demo/toeval'

/** Removes every row of ROD's tables (the demo register included). */
export async function leegRegister(db: RodDb) {
  for (const tabel of [...VOLGORDE].reverse()) await db.deleteFrom(tabel).execute()
}

const SCHOLEN = [
  { bestuursnummer: '41234', instellingscode: '12AB', vestigingscodes: ['12AB00'] },
  { bestuursnummer: '41234', instellingscode: '34CD', vestigingscodes: ['34CD00', '34CD01'] },
]

/** A full register of bestuur A with about `leerlingen` pupils enrolled per schooljaar. */
export async function vulRegister(db: RodDb, leerlingen: number) {
  const rijen = genereerRegister(SCHOLEN, {
    sleutel: `bench:${leerlingen}`,
    schooljaren: ['2021-2022', '2022-2023', '2023-2024'],
    perLeerjaar: Math.max(1, Math.round(leerlingen / 8 / SCHOLEN.length)),
    idVan: () => randomUUID(),
  })
  await slaOp(db, rijen)
  return rijen.rod_leerling.length
}

/** `n` pupils of 12AB in leerjaar 8 of `schooljaar`, each with two adviezen and a toets. */
export async function vulLeerjaar8(db: RodDb, n: number, schooljaar: string) {
  const toeval = toevalVoor(`bench:lj8:${n}`)
  const pgn = pgnMaker(toeval)
  const j = Number(schooljaar.slice(5))
  const ADVIEZEN = ['vmbo-kb', 'vmbo-gl-tl', 'havo', 'havo-vwo', 'vwo'] as const
  const DEEL = 5_000
  for (let begin = 0; begin < n; begin += DEEL) {
    const r = legeRijen()
    for (let i = begin; i < Math.min(n, begin + DEEL); i++) {
      const school = { bestuursnummer: '41234', instellingscode: '12AB' }
      const leerling: RodTables['rod_leerling'] = {
        id: randomUUID(),
        pgn: pgn('bsn'),
        pgn_soort: 'bsn',
        voornamen: `Leerling ${i}`,
        voorvoegsel: i % 5 === 0 ? 'van der' : null,
        achternaam: `Achternaam${i % 997}`,
        achternaam_zoek: `achternaam${i % 997}`,
        geboortedatum: `${j - 12}-0${1 + (i % 9)}-1${i % 9}`,
        geslacht: i % 2 ? 'man' : 'vrouw',
      }
      const inschrijving = randomUUID()
      const waarde = ADVIEZEN[i % ADVIEZEN.length]!
      r.rod_leerling.push(leerling)
      r.rod_inschrijving.push({
        id: inschrijving,
        leerling_id: leerling.id,
        ...school,
        vestigingscode: '12AB00',
        inschrijfdatum: `${j - 8}-09-01`,
        uitschrijfdatum: `${j}-07-31`,
        reden_uitschrijving: 'einde-basisonderwijs',
        doorgegeven_op: `${j - 8}-09-02`,
      })
      r.rod_leerjaar.push({
        id: randomUUID(),
        inschrijving_id: inschrijving,
        leerling_id: leerling.id,
        ...school,
        schooljaar,
        leerjaar: 8,
        begindatum: `${j - 1}-08-01`,
        einddatum: `${j}-07-31`,
      })
      for (const soort of ['voorlopig', 'definitief'])
        r.rod_schooladvies.push({
          id: randomUUID(),
          leerling_id: leerling.id,
          ...school,
          schooljaar,
          soort,
          waarde,
          adviesdatum: `${j}-01-20`,
          registratiedatum: `${j}-02-01`,
        })
      r.rod_toetsresultaat.push({
        id: randomUUID(),
        leerling_id: leerling.id,
        ...school,
        schooljaar,
        toets: 'doorstroomtoets',
        afnamedatum: `${j}-02-06`,
        lezen: '2F',
        taalverzorging: '1F',
        rekenen: '1S',
        registratiedatum: `${j}-03-20`,
      })
    }
    await slaOp(db, r)
  }
}

/**
 * After a bulk load, as autovacuum would soon do on PostgreSQL: fresh statistics for the planner
 * and a visibility map for index-only scans. SQLite keeps no such state.
 */
export async function ververs(db: RodDb, dialect: string) {
  if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(db)
}
