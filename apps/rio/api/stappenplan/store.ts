/** The stappenplan's drafts: one open draft per person and bestuur. */
import { newId } from '@duo/server-kit'
import type { RioDb } from '../tables'
import type { ConceptGegevens, StapNaam } from './concept'

export interface Concept {
  id: string
  stap: StapNaam
  gegevens: ConceptGegevens
  bijgewerktOp: string
}

export async function openConcept(
  db: RioDb,
  bestuursnummer: string,
  persoonId: string,
): Promise<Concept | null> {
  const r = await db
    .selectFrom('rio_concept')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .where('persoon_id', '=', persoonId)
    .where('status', '=', 'open')
    .orderBy('bijgewerkt_op', 'desc')
    .executeTakeFirst()
  return r
    ? {
        id: r.id,
        stap: r.stap as StapNaam,
        gegevens: JSON.parse(r.gegevens) as ConceptGegevens,
        bijgewerktOp: r.bijgewerkt_op,
      }
    : null
}

export async function bewaarConcept(
  db: RioDb,
  eigenaar: { bestuursnummer: string; persoonId: string },
  stap: StapNaam,
  gegevens: ConceptGegevens,
  nu: string,
): Promise<Concept> {
  const bestaand = await openConcept(db, eigenaar.bestuursnummer, eigenaar.persoonId)
  if (bestaand) {
    await db
      .updateTable('rio_concept')
      .set({ stap, gegevens: JSON.stringify(gegevens), bijgewerkt_op: nu })
      .where('id', '=', bestaand.id)
      .execute()
    return { id: bestaand.id, stap, gegevens, bijgewerktOp: nu }
  }
  const id = newId()
  await db
    .insertInto('rio_concept')
    .values({
      id,
      bestuursnummer: eigenaar.bestuursnummer,
      persoon_id: eigenaar.persoonId,
      stap,
      gegevens: JSON.stringify(gegevens),
      status: 'open',
      wijziging_referentie: null,
      aangemaakt_op: nu,
      bijgewerkt_op: nu,
    })
    .execute()
  return { id, stap, gegevens, bijgewerktOp: nu }
}

/** Closes the draft: submitted (with the change's referentie) or thrown away. */
export async function sluitConcept(
  db: RioDb,
  id: string,
  status: 'ingediend' | 'verworpen',
  referentie: string | null,
  nu: string,
) {
  await db
    .updateTable('rio_concept')
    .set({ status, wijziging_referentie: referentie, bijgewerkt_op: nu })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute()
}
