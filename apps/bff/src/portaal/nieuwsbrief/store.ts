/**
 * The newsletter with double opt-in. A subscription is first a request (`nieuwsbrief_aanvraag`)
 * holding the address and topics and the hash of a random token; the token itself exists only
 * in the confirmation mail. Confirming moves it to the subscribers (`nieuwsbrief_abonnee`);
 * an unconfirmed request is gone after 48 hours (refused by age, and removed by the sweep).
 *
 * Why a random token stored hashed, not an HMAC-signed link: the request has to be stored
 * anyway (address, topics), so the token's state is free; it is single-use (deleted on
 * confirmation) and expires with its row; there is no server secret to share between BFF
 * instances, to keep stable across restarts, or to rotate; and a copy of the database yields no
 * usable link (only sha256 hashes). An HMAC link would need all of that and still be usable
 * more than once.
 *
 * Unsubscribing needs a link that works in every later issue, so each subscriber has a random
 * `uit_token` kept as is: it can only unsubscribe that one address (RFC 8058 one-click).
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { newId, toIso } from '@duo/server-kit'
import type { Database } from '@duo/server-kit/platform'

export const ONDERWERPEN = ['po', 'bekostiging', 'rod', 'rio', 'osr', 'xbrl'] as const
export type Onderwerp = (typeof ONDERWERPEN)[number]

export const ONDERWERP_NAMEN: Record<Onderwerp, { nl: string; en: string }> = {
  po: { nl: 'Primair onderwijs algemeen', en: 'Primary education in general' },
  bekostiging: { nl: 'Bekostiging', en: 'Funding (bekostiging)' },
  rod: { nl: 'Register Onderwijsdeelnemers (ROD)', en: 'Register of pupils (ROD)' },
  rio: { nl: 'RIO', en: 'RIO (register of institutions)' },
  osr: { nl: 'Onderwijs Serviceregister (OSR)', en: 'Education service register (OSR)' },
  xbrl: { nl: 'Jaarverantwoording (XBRL)', en: 'Annual accounts (XBRL)' },
}

/** How long a confirmation link works, and how long an unconfirmed request is kept. */
const BEVESTIGEN_MS = 48 * 3600_000

export type Taal = 'nl' | 'en'

const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const nieuwToken = () => randomBytes(32).toString('base64url')

export interface Abonnee {
  id: string
  email: string
  onderwerpen: Onderwerp[]
  taal: Taal
  uitToken: string
}

/** A new request; returns the token for the confirmation mail (never stored as such). */
export async function vraagAan(
  db: Kysely<Database>,
  input: { email: string; onderwerpen: Onderwerp[]; taal: Taal },
  now: Date,
): Promise<string> {
  const token = nieuwToken()
  await db
    .insertInto('nieuwsbrief_aanvraag')
    .values({
      id: newId(),
      email: input.email,
      onderwerpen: JSON.stringify(input.onderwerpen),
      taal: input.taal,
      token_hash: hash(token),
      aangemaakt_op: toIso(now),
    })
    .execute()
  return token
}

/**
 * Confirms the request of this token: the address becomes (or stays) a subscriber with the
 * topics of the request. 'onbekend' for a token that is unknown, tampered with or used;
 * 'verlopen' after 48 hours.
 */
export async function bevestig(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<Abonnee | 'onbekend' | 'verlopen'> {
  return db.transaction().execute(async (trx) => {
    const aanvraag = await trx
      .selectFrom('nieuwsbrief_aanvraag')
      .selectAll()
      .where('token_hash', '=', hash(token))
      .executeTakeFirst()
    if (!aanvraag) return 'onbekend'
    if (new Date(aanvraag.aangemaakt_op).getTime() + BEVESTIGEN_MS < now.getTime()) {
      await trx.deleteFrom('nieuwsbrief_aanvraag').where('id', '=', aanvraag.id).execute()
      return 'verlopen'
    }
    const bestaand = await trx
      .selectFrom('nieuwsbrief_abonnee')
      .selectAll()
      .where('email', '=', aanvraag.email)
      .executeTakeFirst()
    const abonnee = {
      id: bestaand?.id ?? newId(),
      email: aanvraag.email,
      onderwerpen: aanvraag.onderwerpen,
      taal: aanvraag.taal,
      uit_token: bestaand?.uit_token ?? nieuwToken(),
      bevestigd_op: toIso(now),
    }
    if (bestaand)
      await trx
        .updateTable('nieuwsbrief_abonnee')
        .set({
          onderwerpen: abonnee.onderwerpen,
          taal: abonnee.taal,
          bevestigd_op: abonnee.bevestigd_op,
        })
        .where('id', '=', bestaand.id)
        .execute()
    else await trx.insertInto('nieuwsbrief_abonnee').values(abonnee).execute()
    // Every open request of this address is settled by this one.
    await trx.deleteFrom('nieuwsbrief_aanvraag').where('email', '=', aanvraag.email).execute()
    return {
      id: abonnee.id,
      email: abonnee.email,
      onderwerpen: JSON.parse(abonnee.onderwerpen) as Onderwerp[],
      taal: abonnee.taal as Taal,
      uitToken: abonnee.uit_token,
    }
  })
}

/** Unsubscribes the address of this token; false when it is unknown (or already gone). */
export async function schrijfUit(db: Kysely<Database>, token: string): Promise<boolean> {
  const r = await db
    .deleteFrom('nieuwsbrief_abonnee')
    .where('uit_token', '=', token)
    .executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}

/** Removes requests not confirmed within 48 hours: nothing unconfirmed is kept longer. */
export async function ruimOp(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db
    .deleteFrom('nieuwsbrief_aanvraag')
    .where('aangemaakt_op', '<', toIso(now.getTime() - BEVESTIGEN_MS))
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** The confirmed subscribers of a topic. */
export async function abonneesVan(db: Kysely<Database>, onderwerp: Onderwerp): Promise<Abonnee[]> {
  const rows = await db.selectFrom('nieuwsbrief_abonnee').selectAll().orderBy('email').execute()
  return rows
    .map((r) => ({
      id: r.id,
      email: r.email,
      onderwerpen: JSON.parse(r.onderwerpen) as Onderwerp[],
      taal: r.taal as Taal,
      uitToken: r.uit_token,
    }))
    .filter((a) => a.onderwerpen.includes(onderwerp))
}

/** Per topic how many confirmed subscribers; and how many requests await confirmation. */
export async function tellingen(db: Kysely<Database>) {
  const rows = await db.selectFrom('nieuwsbrief_abonnee').select('onderwerpen').execute()
  const perOnderwerp = Object.fromEntries(ONDERWERPEN.map((o) => [o, 0])) as Record<
    Onderwerp,
    number
  >
  for (const r of rows)
    for (const o of JSON.parse(r.onderwerpen) as string[])
      if (o in perOnderwerp) perOnderwerp[o as Onderwerp]++
  const open = await db
    .selectFrom('nieuwsbrief_aanvraag')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return { abonnees: rows.length, perOnderwerp, onbevestigd: Number(open.n) }
}

export async function uitgaven(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('nieuwsbrief_uitgave')
    .selectAll()
    .orderBy('verzonden_op', 'desc')
    .limit(50)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    onderwerp: r.onderwerp as Onderwerp,
    titel: r.titel,
    ontvangers: Number(r.ontvangers),
    verzondenOp: r.verzonden_op,
  }))
}
