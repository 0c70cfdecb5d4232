/**
 * The weekly kwaliteitscontrolebestand of a school: at the end of every week (Sunday) DUO
 * collects the signalen and bekostigingssignalen still open on the school's registrations; a
 * week without any gets no file. Derived from the findings and their dates, so a week's file
 * reads the same later, whatever was fixed since.
 */
import type { RodDb } from '../tables'
import {
  IN_KWALITEITSCONTROLE,
  SOORT_LABEL,
  codeInfo,
  type BevindingSoort,
} from '../shared/bevindingen'
import { plusDagen, wekenTussen, type Dag, type Week } from '../shared/dagen'
import { ROD_START, beginVan, eindVan, type Schooljaar } from '../shared/schooljaar'

/** The weeks of a schooljaar whose file is made by `vandaag` (its Sunday is over), newest first. */
export function wekenVan(sj: Schooljaar, vandaag: Dag): Week[] {
  const van = beginVan(sj) > ROD_START ? beginVan(sj) : ROD_START
  const gisteren = plusDagen(vandaag, -1)
  const tot = eindVan(sj) < gisteren ? eindVan(sj) : gisteren
  return wekenTussen(van, tot).reverse()
}

/** Per week the number of findings in its file (0: no file made). */
export async function tellingPerWeek(db: RodDb, instellingscode: string, weken: Week[]) {
  if (!weken.length) return []
  const eerste = weken[weken.length - 1]!.zondag
  const laatste = weken[0]!.zondag
  const rows = await db
    .selectFrom('rod_bevinding')
    .select(['gesignaleerd_op', 'opgelost_op'])
    .where('instellingscode', '=', instellingscode)
    .where('soort', 'in', [...IN_KWALITEITSCONTROLE])
    .where('gesignaleerd_op', '<=', laatste)
    .where((eb) => eb.or([eb('opgelost_op', 'is', null), eb('opgelost_op', '>', eerste)]))
    .execute()
  return weken.map((w) => ({
    ...w,
    aantal: rows.filter(
      (r) => r.gesignaleerd_op <= w.zondag && (!r.opgelost_op || r.opgelost_op > w.zondag),
    ).length,
  }))
}

/** The findings in the file of one week, with the pupil they are about. */
export async function bestandVanWeek(db: RodDb, instellingscode: string, week: Week) {
  const rows = await db
    .selectFrom('rod_bevinding as b')
    .innerJoin('rod_leerling as l', 'l.id', 'b.leerling_id')
    .select([
      'b.id',
      'b.soort',
      'b.code',
      'b.schooljaar',
      'b.gesignaleerd_op',
      'l.id as leerling_id',
      'l.pgn',
      'l.voornamen',
      'l.voorvoegsel',
      'l.achternaam',
      'l.geboortedatum',
    ])
    .where('b.instellingscode', '=', instellingscode)
    .where('b.soort', 'in', [...IN_KWALITEITSCONTROLE])
    .where('b.gesignaleerd_op', '<=', week.zondag)
    .where((eb) => eb.or([eb('b.opgelost_op', 'is', null), eb('b.opgelost_op', '>', week.zondag)]))
    .orderBy('b.code')
    .orderBy('l.achternaam_zoek')
    .orderBy('b.id')
    .execute()
  return rows.map((r) => {
    const info = codeInfo(r.code)
    return {
      id: r.id,
      soort: r.soort as BevindingSoort,
      soortLabel: SOORT_LABEL[r.soort as BevindingSoort],
      code: r.code,
      omschrijving: info.omschrijving,
      actie: info.actie,
      schooljaar: r.schooljaar,
      gesignaleerdOp: r.gesignaleerd_op,
      leerling: {
        id: r.leerling_id,
        pgn: r.pgn,
        naam: [r.voornamen, r.voorvoegsel, r.achternaam].filter(Boolean).join(' '),
        geboortedatum: r.geboortedatum,
      },
    }
  })
}
