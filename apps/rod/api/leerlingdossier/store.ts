/**
 * The leerlingdossier of one pupil *at one school*: what that school registered (inschrijvingen
 * with their leerjaren, toetsresultaten, schooladviezen, voorschoolse programma's), DUO's
 * findings on it, the pupil's level in vo afterwards, and the verzoeken handmatige mutatie with
 * the history they left. Another school's registrations of the same pupil are never part of it.
 */
import type { Selectable } from 'kysely'
import type { RodDb, RodTables } from '../tables'
import { adviesRegels, controleerAdviesvolgorde } from '../shared/schooljaar'
import {
  ADVIESSOORT_LABEL,
  PROGRAMMAS,
  REDENEN_UITSCHRIJVING,
  adviesWaarde,
  type AdviesSoort,
} from '../shared/waardelijsten'
import { BLIJVEN_OPEN, SOORT_LABEL, codeInfo, type BevindingSoort } from '../shared/bevindingen'
import type { Dag } from '../shared/dagen'
import { verzoekenVan } from '../handmatige-mutatie/store'

export type LeerlingRow = Selectable<RodTables['rod_leerling']>

export const leerlingVan = (r: LeerlingRow) => ({
  id: r.id,
  pgn: r.pgn,
  pgnSoort: r.pgn_soort as 'bsn' | 'onderwijsnummer',
  voornamen: r.voornamen,
  voorvoegsel: r.voorvoegsel,
  achternaam: r.achternaam,
  geboortedatum: r.geboortedatum,
  geslacht: r.geslacht,
})

/** Voorvoegsels people type before a surname ("de Vries"): searched with and without them. */
const VOORVOEGSELS = [
  'van der',
  'van den',
  'van de',
  'van',
  'de',
  'den',
  'der',
  'ter',
  'ten',
  'te',
  "'t",
  'het',
]

function zoeknamen(invoer: string): string[] {
  const naam = invoer.trim().toLowerCase().replace(/\s+/g, ' ')
  const zonder = VOORVOEGSELS.find((v) => naam.startsWith(`${v} `))
  return zonder ? [naam, naam.slice(zonder.length + 1)] : [naam]
}

export interface Zoekvraag {
  pgn?: string | undefined
  achternaam?: string | undefined
  geboortedatum?: string | undefined
}

/** Pupils with an inschrijving at this school who match; at most `max`. */
export async function zoek(db: RodDb, instellingscode: string, vraag: Zoekvraag, max = 20) {
  // From the pupils that match (pgn, or name and date of birth: an index each) to their
  // inschrijvingen at this school: never the other way round, through every pupil of the
  // school. SQLite keeps a CROSS JOIN in this order; PostgreSQL joins as it does an inner join.
  let q = db
    .selectFrom('rod_leerling as l')
    .crossJoin('rod_inschrijving as i')
    .whereRef('i.leerling_id', '=', 'l.id')
    .where('i.instellingscode', '=', instellingscode)
  if (vraag.pgn) q = q.where('l.pgn', '=', vraag.pgn)
  else
    q = q
      .where('l.achternaam_zoek', 'in', zoeknamen(vraag.achternaam ?? ''))
      .where('l.geboortedatum', '=', vraag.geboortedatum ?? '')
  const rows = await q
    .selectAll('l')
    .select((eb) => [
      eb.fn.min('i.inschrijfdatum').as('eerste_inschrijving'),
      eb.fn
        .max(eb.fn.coalesce('i.uitschrijfdatum', eb.val('9999-12-31')))
        .as('laatste_uitschrijving'),
    ])
    .groupBy([
      'l.id',
      'l.pgn',
      'l.pgn_soort',
      'l.voornamen',
      'l.voorvoegsel',
      'l.achternaam',
      'l.achternaam_zoek',
      'l.geboortedatum',
      'l.geslacht',
    ])
    .orderBy('l.achternaam_zoek')
    .orderBy('l.id')
    .limit(max)
    .execute()
  return rows.map((r) => ({
    ...leerlingVan(r),
    instellingscode,
    ingeschrevenVan: String(r.eerste_inschrijving),
    ingeschrevenTot:
      r.laatste_uitschrijving === '9999-12-31' ? null : String(r.laatste_uitschrijving),
  }))
}

export async function getLeerling(db: RodDb, id: string): Promise<LeerlingRow | null> {
  return (
    (await db.selectFrom('rod_leerling').selectAll().where('id', '=', id).executeTakeFirst()) ??
    null
  )
}

/** The pupil's inschrijvingen at this school, oldest first (empty: not a pupil of it). */
export function inschrijvingenOpSchool(db: RodDb, leerlingId: string, instellingscode: string) {
  return db
    .selectFrom('rod_inschrijving')
    .selectAll()
    .where('leerling_id', '=', leerlingId)
    .where('instellingscode', '=', instellingscode)
    .orderBy('inschrijfdatum')
    .execute()
}

const adviesVan = (a: Selectable<RodTables['rod_schooladvies']> | undefined) =>
  a
    ? {
        id: a.id,
        soort: a.soort as AdviesSoort,
        soortLabel: ADVIESSOORT_LABEL[a.soort as AdviesSoort],
        waarde: a.waarde,
        label: adviesWaarde(a.waarde)?.label ?? { nl: a.waarde, en: a.waarde },
        adviesdatum: a.adviesdatum,
        registratiedatum: a.registratiedatum,
      }
    : null

/** Everything of the dossier at this school, as on `vandaag`. */
export async function dossier(
  db: RodDb,
  leerling: LeerlingRow,
  instellingscode: string,
  vandaag: Dag,
) {
  const id = leerling.id
  const [
    inschrijvingen,
    leerjaren,
    toetsen,
    adviezen,
    programmas,
    bevindingen,
    niveaus,
    historie,
    verzoeken,
  ] = await Promise.all([
    inschrijvingenOpSchool(db, id, instellingscode),
    db
      .selectFrom('rod_leerjaar')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('schooljaar')
      .execute(),
    db
      .selectFrom('rod_toetsresultaat')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('schooljaar')
      .execute(),
    db
      .selectFrom('rod_schooladvies')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('schooljaar')
      .orderBy('adviesdatum')
      .execute(),
    db
      .selectFrom('rod_programma')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('begindatum')
      .execute(),
    db
      .selectFrom('rod_bevinding')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('gesignaleerd_op', 'desc')
      .execute(),
    db
      .selectFrom('rod_niveau_vo')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('schooljaar')
      .execute(),
    db
      .selectFrom('rod_historie')
      .selectAll()
      .where('leerling_id', '=', id)
      .where('instellingscode', '=', instellingscode)
      .orderBy('gewijzigd_op', 'desc')
      .execute(),
    verzoekenVan(db, { leerlingId: id, instellingscodes: [instellingscode] }),
  ])
  const schooljaren = [...new Set(adviezen.map((a) => a.schooljaar))]
  return {
    leerling: leerlingVan(leerling),
    inschrijvingen: inschrijvingen.map((i) => ({
      id: i.id,
      vestigingscode: i.vestigingscode,
      inschrijfdatum: i.inschrijfdatum,
      uitschrijfdatum: i.uitschrijfdatum,
      redenUitschrijving: i.reden_uitschrijving
        ? (REDENEN_UITSCHRIJVING[i.reden_uitschrijving] ?? null)
        : null,
      doorgegevenOp: i.doorgegeven_op,
      leerjaren: leerjaren
        .filter((l) => l.inschrijving_id === i.id)
        .map((l) => ({
          id: l.id,
          schooljaar: l.schooljaar,
          leerjaar: Number(l.leerjaar),
          begindatum: l.begindatum,
          einddatum: l.einddatum,
        })),
    })),
    toetsresultaten: toetsen.map((t) => ({
      id: t.id,
      schooljaar: t.schooljaar,
      toets: t.toets,
      afnamedatum: t.afnamedatum,
      lezen: t.lezen,
      taalverzorging: t.taalverzorging,
      rekenen: t.rekenen,
      registratiedatum: t.registratiedatum,
    })),
    /** Per schooljaar the pair of adviezen of its regime, and whether the rule holds. */
    schooladviezen: schooljaren.map((sj) => {
      const regels = adviesRegels(sj)
      const eerste = adviezen.find((a) => a.schooljaar === sj && a.soort === regels.eerste)
      const tweede = adviezen.find((a) => a.schooljaar === sj && a.soort === regels.tweede)
      return {
        schooljaar: sj,
        regime: regels.regime,
        tweedeMinimaal: regels.tweedeMinimaal,
        termijnen: regels.termijnen,
        eerste: adviesVan(eerste),
        tweede: adviesVan(tweede),
        regelFout: controleerAdviesvolgorde(sj, eerste?.waarde ?? null, tweede?.waarde ?? null),
      }
    }),
    programmas: programmas.map((p) => ({
      id: p.id,
      programma: PROGRAMMAS[p.programma] ?? { nl: p.programma, en: p.programma },
      begindatum: p.begindatum,
      einddatum: p.einddatum,
    })),
    bevindingen: bevindingen.map((b) => {
      const info = codeInfo(b.code)
      const blijftOpen = BLIJVEN_OPEN.includes(b.soort as BevindingSoort)
      return {
        id: b.id,
        soort: b.soort as BevindingSoort,
        soortLabel: SOORT_LABEL[b.soort as BevindingSoort] ?? { nl: b.soort, en: b.soort },
        code: b.code,
        omschrijving: info.omschrijving,
        actie: info.actie,
        schooljaar: b.schooljaar,
        gesignaleerdOp: b.gesignaleerd_op,
        opgelostOp: b.opgelost_op && b.opgelost_op <= vandaag ? b.opgelost_op : null,
        open:
          blijftOpen && b.gesignaleerd_op <= vandaag && (!b.opgelost_op || b.opgelost_op > vandaag),
      }
    }),
    niveauVo: niveaus.map((n) => ({
      schooljaar: n.schooljaar,
      voLeerjaar: Number(n.vo_leerjaar),
      niveau: n.niveau,
      label: adviesWaarde(n.niveau)?.label ?? { nl: n.niveau, en: n.niveau },
    })),
    historie: historie.map((h) => ({
      id: h.id,
      onderdeel: h.onderdeel,
      objectId: h.object_id,
      oudeWaarde: h.oude_waarde,
      nieuweWaarde: h.nieuwe_waarde,
      verzoekId: h.verzoek_id,
      gewijzigdOp: h.gewijzigd_op,
      gewijzigdDoor: h.gewijzigd_door,
    })),
    verzoeken,
  }
}
