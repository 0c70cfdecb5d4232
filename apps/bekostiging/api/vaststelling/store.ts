/**
 * Overzichten vaststelling tellingen (Ovt): DUO's definitive pupil counts per teldatum and school,
 * with the date of the overzicht (its dagtekening), from which the 6 weeks for bezwaar run.
 */
import type { BekostigingDb } from '../tables'

export interface Vaststelling {
  id: string
  bestuursnummer: string
  teldatum: string
  dagtekening: string
  referentie: string
  documentId: string | null
}

export async function haalVaststelling(
  db: BekostigingDb,
  id: string,
): Promise<Vaststelling | null> {
  const r = await db
    .selectFrom('bekostiging_vaststelling')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return r
    ? {
        id: r.id,
        bestuursnummer: r.bestuursnummer,
        teldatum: r.teldatum,
        dagtekening: r.dagtekening,
        referentie: r.referentie,
        documentId: r.document_id,
      }
    : null
}

/** The bestuur's overzichten, newest teldatum first, with the counts per school. */
export async function vaststellingen(db: BekostigingDb, bestuursnummer: string) {
  const lijst = await db
    .selectFrom('bekostiging_vaststelling')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .orderBy('teldatum', 'desc')
    .execute()
  const tellingen = lijst.length
    ? await db
        .selectFrom('bekostiging_vastgestelde_telling')
        .selectAll()
        .where(
          'vaststelling_id',
          'in',
          lijst.map((v) => v.id),
        )
        .orderBy('instellingscode')
        .execute()
    : []
  return lijst.map((v) => ({
    vaststelling: {
      id: v.id,
      bestuursnummer: v.bestuursnummer,
      teldatum: v.teldatum,
      dagtekening: v.dagtekening,
      referentie: v.referentie,
      documentId: v.document_id,
    } satisfies Vaststelling,
    tellingen: tellingen
      .filter((t) => t.vaststelling_id === v.id)
      .map((t) => ({
        instellingscode: t.instellingscode,
        onderAcht: Number(t.onder_acht),
        achtEnOuder: Number(t.acht_en_ouder),
        totaal: Number(t.onder_acht) + Number(t.acht_en_ouder),
      })),
  }))
}
