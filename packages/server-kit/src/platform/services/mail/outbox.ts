/**
 * The outbox (`platform_mail`): every e-mail of the portal is a row here before it is a message.
 * A row is written in the transaction of the event it reports (a reply, a document, a role), so
 * a mail exists exactly when the event does; the worker (`worker.ts`) sends it later. The same
 * queries on SQLite and PostgreSQL. Times here are real time, never the fixed demo clock: a
 * backoff must elapse also when `DUO_NOW` stands still.
 */
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
import { newId, toIso } from '../../../db/dialect'
import type { Database } from '../../db/schema'

export type MailSoort = 'notificatie' | 'nieuwsbrief' | 'bevestiging'
export type MailStatus = 'wachtend' | 'bezig' | 'verzonden' | 'mislukt'

export interface NieuweMail {
  soort: MailSoort
  aan: string
  onderwerp: string
  tekst: string
  /** Extra headers, e.g. `List-Unsubscribe`. */
  kopregels?: Record<string, string>
}

export interface OutboxMail extends Required<NieuweMail> {
  id: string
  status: MailStatus
  pogingen: number
  volgendePogingOp: string
  laatsteFout: string | null
  aangemaaktOp: string
  verzondenOp: string | null
}

type Row = Selectable<Database['platform_mail']>

const toMail = (r: Row): OutboxMail => ({
  id: r.id,
  soort: r.soort as MailSoort,
  aan: r.aan,
  onderwerp: r.onderwerp,
  tekst: r.tekst,
  kopregels: JSON.parse(r.kopregels) as Record<string, string>,
  status: r.status as MailStatus,
  pogingen: Number(r.pogingen),
  volgendePogingOp: r.volgende_poging_op,
  laatsteFout: r.laatste_fout,
  aangemaaktOp: r.aangemaakt_op,
  verzondenOp: r.verzonden_op,
})

/** Queues mails; pass the transaction of the event so the mails land with it, or not at all. */
export async function zetInOutbox(
  db: Kysely<Database>,
  mails: NieuweMail[],
  now: Date = new Date(),
): Promise<string[]> {
  if (!mails.length) return []
  const at = toIso(now)
  const rows = mails.map((m) => ({
    id: newId(),
    soort: m.soort,
    aan: m.aan,
    onderwerp: m.onderwerp,
    tekst: m.tekst,
    kopregels: JSON.stringify(m.kopregels ?? {}),
    status: 'wachtend',
    pogingen: 0,
    volgende_poging_op: at,
    geclaimd_tot: null,
    laatste_fout: null,
    aangemaakt_op: at,
    verzonden_op: null,
  }))
  // In chunks: PostgreSQL allows 65535 parameters per statement (a newsletter to thousands).
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('platform_mail')
      .values(rows.slice(i, i + 500))
      .execute()
  return rows.map((r) => r.id)
}

/**
 * Claims up to `aantal` mails that are due: waiting and past their backoff, or claimed by a
 * worker whose lease ran out (it died mid-send). Each row is taken by one conditional UPDATE,
 * so of several workers (BFF instances on PostgreSQL) exactly one gets it.
 */
export async function claimMails(
  db: Kysely<Database>,
  now: Date,
  leaseMs: number,
  aantal: number,
): Promise<OutboxMail[]> {
  const at = toIso(now)
  const due = (eb: ExpressionBuilder<Database, 'platform_mail'>) =>
    eb.or([
      eb.and([eb('status', '=', 'wachtend'), eb('volgende_poging_op', '<=', at)]),
      eb.and([eb('status', '=', 'bezig'), eb('geclaimd_tot', '<', at)]),
    ])
  const kandidaten = await db
    .selectFrom('platform_mail')
    .select('id')
    .where(due)
    .orderBy('volgende_poging_op')
    .orderBy('id')
    .limit(aantal)
    .execute()
  const claimed: OutboxMail[] = []
  for (const { id } of kandidaten) {
    const row = await db
      .updateTable('platform_mail')
      .set((eb) => ({
        status: 'bezig',
        geclaimd_tot: toIso(now.getTime() + leaseMs),
        pogingen: eb('pogingen', '+', 1),
      }))
      .where('id', '=', id)
      .where(due)
      .returningAll()
      .executeTakeFirst()
    if (row) claimed.push(toMail(row))
  }
  return claimed
}

export async function markeerVerzonden(db: Kysely<Database>, id: string, now: Date) {
  await db
    .updateTable('platform_mail')
    .set({ status: 'verzonden', verzonden_op: toIso(now), geclaimd_tot: null, laatste_fout: null })
    .where('id', '=', id)
    .where('status', '=', 'bezig')
    .execute()
}

/** After a failed attempt: waits until `opnieuwOp`, or fails for good when that is null. */
export async function markeerMislukt(
  db: Kysely<Database>,
  id: string,
  fout: string,
  opnieuwOp: Date | null,
) {
  await db
    .updateTable('platform_mail')
    .set(
      opnieuwOp
        ? {
            status: 'wachtend',
            volgende_poging_op: toIso(opnieuwOp),
            geclaimd_tot: null,
            laatste_fout: fout.slice(0, 500),
          }
        : { status: 'mislukt', geclaimd_tot: null, laatste_fout: fout.slice(0, 500) },
    )
    .where('id', '=', id)
    .where('status', '=', 'bezig')
    .execute()
}

/** Mails by status and recipient, newest first (tests, the demo's diagnostics). */
export async function lijstMails(
  db: Kysely<Database>,
  filter: { status?: MailStatus; aan?: string; soort?: MailSoort } = {},
): Promise<OutboxMail[]> {
  let q = db.selectFrom('platform_mail').selectAll()
  if (filter.status) q = q.where('status', '=', filter.status)
  if (filter.aan) q = q.where('aan', '=', filter.aan)
  if (filter.soort) q = q.where('soort', '=', filter.soort)
  const rows = await q.orderBy('aangemaakt_op', 'desc').orderBy('id').limit(500).execute()
  return rows.map(toMail)
}

/**
 * Sent and failed mails are kept a while (to see what went out), then removed: they hold
 * e-mail addresses, which are kept no longer than needed.
 */
export async function ruimMailsOp(db: Kysely<Database>, before: Date): Promise<number> {
  const r = await db
    .deleteFrom('platform_mail')
    .where('status', 'in', ['verzonden', 'mislukt'])
    .where('aangemaakt_op', '<', toIso(before))
    .executeTakeFirst()
  return Number(r.numDeletedRows)
}
