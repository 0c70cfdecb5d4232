/**
 * Each person's e-mail notifications: the address (`persoon.email`), whether they are on, and
 * which kinds are off. A row in `persoon_notificaties` is made when first needed; without one
 * notifications are on (they only reach people who gave an address).
 */
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { toIntBool, toIso } from '../../../db/dialect'
import { NOTIFICATIESOORTEN, type NotificatieSoort } from '../../../services'
import type { Database } from '../../db/schema'

export interface NotificatieVoorkeuren {
  email: string | null
  aan: boolean
  /** The kinds that are on (all of them unless switched off one by one). */
  soorten: NotificatieSoort[]
}

const nieuwToken = () => randomBytes(24).toString('base64url')

const soortenUit = (json: string | undefined): NotificatieSoort[] =>
  (JSON.parse(json ?? '[]') as string[]).filter((s): s is NotificatieSoort =>
    (NOTIFICATIESOORTEN as readonly string[]).includes(s),
  )

/** The row of the person, made when missing; returns its one-click token. */
export async function zorgVoorVoorkeur(
  db: Kysely<Database>,
  persoonId: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto('persoon_notificaties')
    .values({
      persoon_id: persoonId,
      aan: 1,
      soorten_uit: '[]',
      uit_token: nieuwToken(),
      gewijzigd_op: toIso(now),
    })
    .onConflict((oc) => oc.column('persoon_id').doNothing())
    .execute()
  const row = await db
    .selectFrom('persoon_notificaties')
    .select('uit_token')
    .where('persoon_id', '=', persoonId)
    .executeTakeFirstOrThrow()
  return row.uit_token
}

export async function leesVoorkeuren(
  db: Kysely<Database>,
  persoonId: string,
): Promise<NotificatieVoorkeuren> {
  const row = await db
    .selectFrom('persoon as p')
    .leftJoin('persoon_notificaties as n', 'n.persoon_id', 'p.id')
    .select(['p.email', 'n.aan', 'n.soorten_uit'])
    .where('p.id', '=', persoonId)
    .executeTakeFirst()
  const uit = soortenUit(row?.soorten_uit ?? undefined)
  return {
    email: row?.email ?? null,
    aan: row?.aan === null || row?.aan === undefined ? true : Number(row.aan) === 1,
    soorten: NOTIFICATIESOORTEN.filter((s) => !uit.includes(s)),
  }
}

export async function bewaarVoorkeuren(
  db: Kysely<Database>,
  persoonId: string,
  v: { email: string | null; aan: boolean; soorten: NotificatieSoort[] },
  now: Date,
): Promise<NotificatieVoorkeuren> {
  await db.updateTable('persoon').set({ email: v.email }).where('id', '=', persoonId).execute()
  await zorgVoorVoorkeur(db, persoonId, now)
  await db
    .updateTable('persoon_notificaties')
    .set({
      aan: toIntBool(v.aan),
      soorten_uit: JSON.stringify(NOTIFICATIESOORTEN.filter((s) => !v.soorten.includes(s))),
      gewijzigd_op: toIso(now),
    })
    .where('persoon_id', '=', persoonId)
    .execute()
  return leesVoorkeuren(db, persoonId)
}

/** The one-click link of a notification: everything off. False for an unknown token. */
export async function zetUitMetToken(
  db: Kysely<Database>,
  token: string,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('persoon_notificaties')
    .set({ aan: 0, gewijzigd_op: toIso(now) })
    .where('uit_token', '=', token)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}
