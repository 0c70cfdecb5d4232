/** The state of background jobs (`platform_job`): the same on SQLite and PostgreSQL. */
import type { Kysely, Selectable } from 'kysely'
import { newId, toIso } from '../../../db/dialect'
import type { Job, Label } from '../../../services'
import type { Database } from '../../db/schema'

type Row = Selectable<Database['platform_job']>

const json = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))

const toJob = (r: Row): Job => ({
  id: r.id,
  soort: r.soort,
  status: r.status as Job['status'],
  voortgang: Number(r.voortgang),
  stap: json<Label>(r.stap),
  data: json(r.data),
  resultaat: json(r.resultaat),
  fout: json<Label>(r.fout),
  bestuursnummer: r.bestuursnummer,
  persoonId: r.persoon_id,
  aangemaaktOp: r.aangemaakt_op,
  gestartOp: r.gestart_op,
  klaarOp: r.klaar_op,
  bewaarTot: r.bewaar_tot,
})

export async function insertJob(
  db: Kysely<Database>,
  input: {
    soort: string
    data: unknown
    bestuursnummer: string | null
    persoonId: string | null
    bewaarTot: Date | null
  },
  now: Date,
): Promise<Job> {
  const row: Row = {
    id: newId(),
    soort: input.soort,
    status: 'wachtend',
    voortgang: 0,
    stap: null,
    data: JSON.stringify(input.data ?? null),
    resultaat: null,
    fout: null,
    bestuursnummer: input.bestuursnummer,
    persoon_id: input.persoonId,
    pogingen: 0,
    aangemaakt_op: toIso(now),
    gestart_op: null,
    klaar_op: null,
    hartslag_op: null,
    bewaar_tot: input.bewaarTot ? toIso(input.bewaarTot) : null,
  }
  await db.insertInto('platform_job').values(row).execute()
  return toJob(row)
}

export async function getJob(db: Kysely<Database>, id: string): Promise<Job | null> {
  const row = await db
    .selectFrom('platform_job')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toJob(row) : null
}

export async function listJobs(
  db: Kysely<Database>,
  filter: { soort?: string; bestuursnummer?: string; persoonId?: string; limit?: number },
): Promise<Job[]> {
  let q = db.selectFrom('platform_job').selectAll()
  if (filter.soort) q = q.where('soort', '=', filter.soort)
  if (filter.bestuursnummer) q = q.where('bestuursnummer', '=', filter.bestuursnummer)
  if (filter.persoonId) q = q.where('persoon_id', '=', filter.persoonId)
  const rows = await q
    .orderBy('aangemaakt_op', 'desc')
    .orderBy('id')
    .limit(Math.min(filter.limit ?? 50, 200))
    .execute()
  return rows.map(toJob)
}

/** Marks a job as running (one more attempt); null when it is not waiting any more. */
export async function claimJob(
  db: Kysely<Database>,
  id: string,
  now: Date,
): Promise<{ job: Job; pogingen: number } | null> {
  const at = toIso(now)
  const row = await db
    .updateTable('platform_job')
    .set((eb) => ({
      status: 'bezig',
      gestart_op: at,
      hartslag_op: at,
      pogingen: eb('pogingen', '+', 1),
    }))
    .where('id', '=', id)
    .where('status', '=', 'wachtend')
    .returningAll()
    .executeTakeFirst()
  return row ? { job: toJob(row), pogingen: Number(row.pogingen) } : null
}

/** Every waiting job of these kinds, oldest first. */
export async function waitingJobs(
  db: Kysely<Database>,
  soorten: string[],
): Promise<Array<{ id: string; soort: string }>> {
  if (!soorten.length) return []
  return db
    .selectFrom('platform_job')
    .select(['id', 'soort'])
    .where('status', '=', 'wachtend')
    .where('soort', 'in', soorten)
    .orderBy('aangemaakt_op')
    .execute()
}

/** The oldest waiting job's id, if any. */
export async function nextWaiting(db: Kysely<Database>, soorten: string[]): Promise<string | null> {
  if (!soorten.length) return null
  const row = await db
    .selectFrom('platform_job')
    .select('id')
    .where('status', '=', 'wachtend')
    .where('soort', 'in', soorten)
    .orderBy('aangemaakt_op')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return row?.id ?? null
}

export async function reportProgress(
  db: Kysely<Database>,
  id: string,
  voortgang: number,
  stap: Label | undefined,
  now: Date,
): Promise<void> {
  await db
    .updateTable('platform_job')
    .set({
      voortgang: Math.max(0, Math.min(99, Math.round(voortgang))),
      hartslag_op: toIso(now),
      ...(stap ? { stap: JSON.stringify(stap) } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'bezig')
    .execute()
}

export async function finishJob(
  db: Kysely<Database>,
  id: string,
  resultaat: unknown,
  now: Date,
): Promise<void> {
  await db
    .updateTable('platform_job')
    .set({
      status: 'klaar',
      voortgang: 100,
      resultaat: JSON.stringify(resultaat ?? null),
      klaar_op: toIso(now),
      stap: null,
    })
    .where('id', '=', id)
    .execute()
}

/** After a failed attempt: back to waiting while attempts remain, otherwise failed for good. */
export async function failJob(
  db: Kysely<Database>,
  id: string,
  fout: Label,
  opnieuw: boolean,
  now: Date,
): Promise<void> {
  await db
    .updateTable('platform_job')
    .set(
      opnieuw
        ? { status: 'wachtend', hartslag_op: null }
        : { status: 'mislukt', fout: JSON.stringify(fout), klaar_op: toIso(now) },
    )
    .where('id', '=', id)
    .execute()
}

/**
 * Jobs left running by a process that is gone (no heartbeat for `staleMs`) wait again, so a
 * restart picks them up.
 */
export async function requeueStale(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .updateTable('platform_job')
    .set({ status: 'wachtend', hartslag_op: null })
    .where('status', '=', 'bezig')
    .where((eb) => eb.or([eb('hartslag_op', 'is', null), eb('hartslag_op', '<', toIso(before))]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Jobs kept past their time: removed; returns them so their files can go too. */
export async function takeExpired(db: Kysely<Database>, now: Date): Promise<Job[]> {
  const rows = await db
    .deleteFrom('platform_job')
    .where('bewaar_tot', 'is not', null)
    .where('bewaar_tot', '<', toIso(now))
    .where('status', 'in', ['klaar', 'mislukt'])
    .returningAll()
    .execute()
  return rows.map(toJob)
}
