/** The bestuur's contactpersoon for the helpdesk, and the helpdesk's own contact details. */
import { toIso } from '@duo/server-kit'
import type { HelpdeskDb } from '../tables'

export interface Contactpersoon {
  naam: string
  email: string
  telefoon: string
  gewijzigdOp: string
}

export async function getContactpersoon(
  db: HelpdeskDb,
  bestuursnummer: string,
): Promise<Contactpersoon | null> {
  const r = await db
    .selectFrom('helpdesk_contactpersoon')
    .selectAll()
    .where('bestuursnummer', '=', bestuursnummer)
    .executeTakeFirst()
  return r
    ? { naam: r.naam, email: r.email, telefoon: r.telefoon, gewijzigdOp: r.gewijzigd_op }
    : null
}

export async function saveContactpersoon(
  db: HelpdeskDb,
  bestuursnummer: string,
  input: { naam: string; email: string; telefoon: string },
  door: string | null,
  now: Date,
): Promise<Contactpersoon> {
  const at = toIso(now)
  const values = {
    naam: input.naam,
    email: input.email,
    telefoon: input.telefoon,
    gewijzigd_op: at,
    gewijzigd_door: door,
  }
  await db
    .insertInto('helpdesk_contactpersoon')
    .values({ bestuursnummer, ...values })
    .onConflict((oc) => oc.column('bestuursnummer').doUpdateSet(values))
    .execute()
  return { naam: input.naam, email: input.email, telefoon: input.telefoon, gewijzigdOp: at }
}

export async function getHelpdeskContact(db: HelpdeskDb) {
  const r = await db
    .selectFrom('helpdesk_contactgegevens')
    .selectAll()
    .where('id', '=', 'po')
    .executeTakeFirstOrThrow()
  return {
    naam: r.naam,
    telefoon: r.telefoon,
    bereikbaarheid: { nl: r.bereikbaarheid_nl, en: r.bereikbaarheid_en },
    postadres: r.postadres,
    bezoekadres: r.bezoekadres,
    website: r.website,
  }
}
