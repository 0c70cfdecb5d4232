/**
 * Demo data of the XBRL onderwijsportaal, relative to the clock's year (L = the last verslagjaar
 * that ended): for De Linde (A) an accepted year L-2, a year L-1 first rejected and then accepted
 * after a correction, and year L as a concept with errors to fix (or accepted, once its term has
 * passed); for Het Anker (B) an accepted L-1 and a submitted L waiting for DUO. Instances are
 * made by `@duo/xbrl`'s generator and really validated. Idempotent: fixed ids; an
 * existing aanlevering is left alone (its file too).
 */
import { toIso, type SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, BESTUUR_B, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { genereerInstance } from '@duo/xbrl/generator'
import { validateInstance } from '@duo/xbrl'
import { legVast } from '../aanleveringen/store'
import { SOORT } from '../aanleveringen/ontvangst'
import { taxonomieen, validatieConfig } from '../shared/taxonomie'
import { vandaag, venster } from '../shared/termijnen'
import type { AanleveringStatus, XbrlTables } from '../tables'
import { slaOp } from '../validatie/store'

interface Stap {
  status: AanleveringStatus
  op: string
  toelichting?: string
}

interface DemoVersie {
  sleutel: string
  bestuursnummer: string
  verslagjaar: number
  versie: number
  /** Makes the instance wrong on purpose (the concept to fix). */
  breek?: (xml: string) => string
  stappen: Stap[]
}

const INDIENER_A = { naam: 'Joost van Dijk', persoonId: demoPersoonId('verantwoording') }
const INDIENER_B = { naam: 'Marleen de Wit', persoonId: null }
const DUO = { naam: 'Ingrid Mulder (DUO)', persoonId: demoPersoonId('xbrl-behandelaar') }

/** Totals that no longer add up, a missing WNT statement and an unused context. */
const metFouten = (xml: string) =>
  xml
    .replace(
      /(<ocw-i:Vorderingen [^>]*>)(\d+)/,
      (_m, a: string, w: string) => `${a}${Number(w) + 2500}`,
    )
    .replace(/ {2}<ocw-i:WNTVerantwoording [^>]*>.*?<\/ocw-i:WNTVerantwoording>\n/s, '')
    // A copy of the year-end context that no fact uses: a warning, not an error.
    .replace(
      /( {2}<xbrli:context id=")(I\d{4})(">.*\n)/,
      (m, a: string, _id: string, b: string) => `${m}${a}ONGEBRUIKT${b}`,
    )

function versies(now: Date): DemoVersie[] {
  const L = Number(vandaag(now).slice(0, 4)) - 1
  const dag = (jaar: number, mmdd: string) => `${jaar}-${mmdd}T09:30:00.000Z`
  // A submission of year L cannot be dated after today.
  const uiterlijk = (iso: string) =>
    iso < toIso(now) ? iso : toIso(new Date(now.getTime() - 86_400_000))
  const lOpen = venster(L, now).open
  const A: string = BESTUUR_A.bestuursnummer
  const B: string = BESTUUR_B.bestuursnummer
  const lijst: DemoVersie[] = [
    {
      sleutel: `a:${L - 2}:1`,
      bestuursnummer: A,
      verslagjaar: L - 2,
      versie: 1,
      stappen: [
        { status: 'ingediend', op: dag(L - 1, '05-12') },
        { status: 'in-behandeling', op: dag(L - 1, '05-20') },
        { status: 'geaccepteerd', op: dag(L - 1, '06-03') },
      ],
    },
    {
      sleutel: `a:${L - 1}:1`,
      bestuursnummer: A,
      verslagjaar: L - 1,
      versie: 1,
      stappen: [
        { status: 'ingediend', op: dag(L, '04-20') },
        {
          status: 'afgekeurd',
          op: dag(L, '05-10'),
          toelichting:
            'De continuïteitsparagraaf noemt geen meerjarenbegroting. Lever een correctie aan met de begroting voor de komende drie jaar.',
        },
      ],
    },
    {
      sleutel: `a:${L - 1}:2`,
      bestuursnummer: A,
      verslagjaar: L - 1,
      versie: 2,
      stappen: [
        { status: 'ingediend', op: dag(L, '05-28') },
        { status: 'geaccepteerd', op: dag(L, '06-15') },
      ],
    },
    lOpen
      ? {
          sleutel: `a:${L}:1`,
          bestuursnummer: A,
          verslagjaar: L,
          versie: 1,
          breek: metFouten,
          stappen: [],
        }
      : {
          sleutel: `a:${L}:1`,
          bestuursnummer: A,
          verslagjaar: L,
          versie: 1,
          stappen: [
            { status: 'ingediend', op: dag(L + 1, '06-10') },
            { status: 'geaccepteerd', op: dag(L + 1, '06-24') },
          ],
        },
    {
      sleutel: `b:${L - 1}:1`,
      bestuursnummer: B,
      verslagjaar: L - 1,
      versie: 1,
      stappen: [
        { status: 'ingediend', op: dag(L, '03-30') },
        { status: 'geaccepteerd', op: dag(L, '04-22') },
      ],
    },
    {
      sleutel: `b:${L}:1`,
      bestuursnummer: B,
      verslagjaar: L,
      versie: 1,
      stappen: [{ status: 'ingediend', op: uiterlijk(dag(L + 1, '04-14')) }],
    },
  ]
  return lijst.filter((v) => !v.stappen.some((s) => s.op > toIso(now)))
}

export async function seedXbrlDemo(platform: SectionPlatform<XbrlTables>): Promise<void> {
  const { db, clock, bestanden, organisaties } = platform
  const taxonomies = await taxonomieen()
  for (const v of versies(clock.now())) {
    const id = demoId(`xbrl:aanlevering:${v.sleutel}`)
    if (
      await db.selectFrom('xbrl_aanlevering').select('id').where('id', '=', id).executeTakeFirst()
    )
      continue
    const bestuur = await organisaties.bestuur(v.bestuursnummer)
    if (!bestuur) continue
    const jvId = demoId(`xbrl:jaarverantwoording:${v.bestuursnummer}:${v.verslagjaar}`)
    const indiener = v.bestuursnummer === BESTUUR_A.bestuursnummer ? INDIENER_A : INDIENER_B
    const gemaakt = new Date(`${v.verslagjaar + 1}-03-0${v.versie}T08:00:00.000Z`)
    const begin = new Date(Math.min(gemaakt.getTime(), clock.now().getTime() - 3 * 86_400_000))
    const xml = genereerInstance({
      bestuursnummer: v.bestuursnummer,
      naamBestuur: bestuur.naam,
      verslagjaar: v.verslagjaar,
      seed: v.verslagjaar * 10 + v.versie + (v.bestuursnummer === BESTUUR_A.bestuursnummer ? 0 : 5),
    })
    const bytes = new TextEncoder().encode(v.breek ? v.breek(xml) : xml)
    const bestandsnaam = `jaarverantwoording-${v.bestuursnummer}-${v.verslagjaar}${v.versie > 1 ? `-v${v.versie}` : ''}.xbrl`
    const opslagNaam = await bestanden.bewaar(SOORT, bytes)
    await db
      .insertInto('xbrl_jaarverantwoording')
      .values({
        id: jvId,
        bestuursnummer: v.bestuursnummer,
        verslagjaar: v.verslagjaar,
        created_at: toIso(begin),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    await db
      .insertInto('xbrl_aanlevering')
      .values({
        id,
        jaarverantwoording_id: jvId,
        bestuursnummer: v.bestuursnummer,
        verslagjaar: v.verslagjaar,
        versie: v.versie,
        status: 'concept',
        referentie: null,
        bestandsnaam,
        opslag_naam: opslagNaam,
        grootte: bytes.byteLength,
        geupload_op: toIso(begin),
        geupload_door_naam: indiener.naam,
        validatie_job_id: null,
        gevalideerd_bestand: null,
        gevalideerd_op: null,
        fouten: null,
        waarschuwingen: null,
        resultaat: null,
        ingediend_op: null,
        ingediend_door_persoon_id: null,
        ingediend_door_naam: null,
        created_at: toIso(begin),
        updated_at: toIso(begin),
      })
      .execute()
    await legVast(db, id, 'concept', indiener, begin)
    const result = await validateInstance([bytes], {
      fileName: bestandsnaam,
      bestuursnummer: v.bestuursnummer,
      verslagjaar: v.verslagjaar,
      taxonomies,
      config: validatieConfig(),
    })
    await slaOp(db, id, opslagNaam, result, new Date(begin.getTime() + 60_000))
    await indienenEnBeoordelen(platform, id, v, indiener)
  }
}

async function indienenEnBeoordelen(
  platform: SectionPlatform<XbrlTables>,
  id: string,
  v: DemoVersie,
  indiener: { naam: string; persoonId: string | null },
) {
  const { db } = platform
  for (const stap of v.stappen) {
    const op = new Date(stap.op)
    if (stap.status === 'ingediend')
      await db
        .updateTable('xbrl_aanlevering')
        .set({
          referentie: `JV-${stap.op.slice(0, 4)}-${demoId(`xbrl:referentie:${v.sleutel}`).slice(0, 6).toUpperCase()}`,
          ingediend_op: stap.op,
          ingediend_door_persoon_id: indiener.persoonId,
          ingediend_door_naam: indiener.naam,
        })
        .where('id', '=', id)
        .execute()
    await db
      .updateTable('xbrl_aanlevering')
      .set({ status: stap.status, updated_at: stap.op })
      .where('id', '=', id)
      .execute()
    await legVast(
      db,
      id,
      stap.status,
      stap.status === 'ingediend' ? indiener : DUO,
      op,
      stap.toelichting ?? null,
    )
  }
}
