/**
 * The PostgreSQL pool as Kysely sees it, made for several BFF instances in front of one
 * database that may be away for a few seconds (a failover, a restart, connections cut):
 *
 * - Connecting is retried with backoff for `wachtMs`: nothing ran yet, so it is always safe.
 *   A request waits out a short outage instead of failing.
 * - A statement outside a transaction whose connection is lost runs once more on a fresh
 *   connection when that cannot apply it twice: the server said it aborted the statement
 *   (57P01/57P02: terminated), or the statement only reads.
 * - Inside a transaction nothing is retried here; the error says whether the transaction
 *   certainly did not commit (`nietVastgelegd`), so `inTransaction(…, { herhaalbaar: true })`
 *   can run it again as a whole.
 * - Statements with parameters are named (prepared once per connection): PostgreSQL then
 *   parses and plans the portal's fixed queries once instead of on every request.
 */
import { createHash } from 'node:crypto'
import type pg from 'pg'
import type { PostgresPool, PostgresPoolClient } from 'kysely'

/** Error codes of a connection the server ended or refused for now. */
const WEG = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006'])
/** Errors of the socket or the client after the connection broke. */
const SOCKET = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|not queryable/i
/** Connecting fails for good on these (wrong password, unknown database or role). */
const BLIJVEND = new Set(['28P01', '28000', '3D000'])

const codeOf = (err: unknown) => String((err as { code?: unknown } | null)?.code ?? '')
const isVerbindingWeg = (err: unknown) =>
  WEG.has(codeOf(err)) || SOCKET.test(String((err as Error | null)?.message ?? ''))
/**
 * The statement certainly did not apply: the server aborted it (57P01/57P02, terminated), or
 * the client never sent it (its connection had already broken).
 */
const afgebrokenDoorServer = (err: unknown) =>
  ['57P01', '57P02'].includes(codeOf(err)) ||
  /not queryable/i.test(String((err as Error | null)?.message ?? ''))
/** A plan prepared before a migration changed a table: the statement did not run. */
const verouderdPlan = (err: unknown) =>
  codeOf(err) === '0A000' && /cached plan/i.test(String((err as Error).message))
const alleenLezen = (sql: string) =>
  /^\s*select\b/i.test(sql) &&
  !/\bfor\s+(update|share|no key update|key share)\b|nextval\(|setval\(|pg_advisory/i.test(sql)

export interface VeerkrachtigOpties {
  /** How long connecting is retried before the error goes up. Default 15 s. */
  wachtMs?: number | undefined
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Marks an error of a transaction that certainly did not commit (safe to run again). */
function merk<E>(err: E, nietVastgelegd: boolean): E {
  if (err && typeof err === 'object') Object.assign(err, { nietVastgelegd })
  return err
}

export function veerkrachtigePool(pool: pg.Pool, opties: VeerkrachtigOpties = {}): PostgresPool {
  const wachtMs = opties.wachtMs ?? 15_000
  const namen = new Map<string, string>()

  /** A fixed statement name per SQL text (bounded: texts built per call come and go). */
  function naamVan(sql: string): string {
    let naam = namen.get(sql)
    if (!naam) {
      if (namen.size >= 2000) namen.clear()
      naam = `duo_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`
      namen.set(sql, naam)
    }
    return naam
  }

  async function verbind(): Promise<pg.PoolClient> {
    const tot = Date.now() + wachtMs
    for (let poging = 0; ; poging++) {
      try {
        return await pool.connect()
      } catch (err) {
        const wacht = Math.min(1000, 50 * 2 ** poging)
        if (BLIJVEND.has(codeOf(err)) || Date.now() + wacht > tot) throw err
        await sleep(wacht)
      }
    }
  }

  const run = (client: pg.PoolClient, sql: string, parameters: readonly unknown[]) =>
    parameters.length
      ? client.query({ name: naamVan(sql), text: sql, values: [...parameters] })
      : client.query(sql)

  /**
   * A statement that certainly did not apply, once more on a fresh connection; a few times,
   * because the pool may first hand out idle connections that were cut at the same moment.
   */
  async function opnieuw(sql: string, parameters: readonly unknown[]) {
    for (let poging = 1; ; poging++) {
      const vers = await verbind()
      let fout: Error | null = null
      const bewaar = (e: Error) => void (fout ??= e)
      vers.on('error', bewaar)
      try {
        return await run(vers, sql, parameters)
      } catch (e) {
        fout ??= e as Error
        const nogEens = isVerbindingWeg(e) && (afgebrokenDoorServer(e) || alleenLezen(sql))
        if (!nogEens || poging >= 3) throw e
      } finally {
        vers.off('error', bewaar)
        vers.release(fout ? true : undefined)
      }
    }
  }

  function omhul(client: pg.PoolClient): PostgresPoolClient {
    // A transaction counts from the moment BEGIN is sent: none of its statements may ever be
    // run again on their own, on another connection.
    let inTransactie = false
    let commitVerstuurd = false
    let commitAfgebroken = false
    // Why the connection is no use any more; queries on it (Kysely's rollback) get this.
    let kapot: Error | null = null
    // A connection checked out of the pool has no error listener of the pool's: without one, a
    // connection the server ends between two statements of a transaction crashes the process.
    const onError = (err: Error) => void (kapot ??= err)
    client.on('error', onError)
    /** Nothing of the transaction was committed: COMMIT never went out, or the server refused it. */
    const nietVastgelegd = () => !commitVerstuurd || commitAfgebroken

    async function query(sql: string, parameters: readonly unknown[]) {
      const woord = /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase()
      if (woord === 'begin' || woord === 'start') {
        inTransactie = true
        commitVerstuurd = commitAfgebroken = false
      }
      if (kapot) {
        // Cut before this statement went out: a statement of its own runs elsewhere; a
        // transaction has to run again as a whole.
        if (!inTransactie) return opnieuw(sql, parameters)
        throw merk(new Error(`Verbinding verbroken: ${kapot.message}`), nietVastgelegd())
      }
      if (woord === 'commit') commitVerstuurd = true
      try {
        const result = await run(client, sql, parameters)
        if (woord === 'commit' || woord === 'rollback') inTransactie = false
        return result
      } catch (err) {
        if (!isVerbindingWeg(err) && !verouderdPlan(err)) {
          if (woord === 'commit' || woord === 'rollback') inTransactie = false
          throw err
        }
        kapot = err as Error
        if (inTransactie) {
          if (woord === 'commit' && afgebrokenDoorServer(err)) commitAfgebroken = true
          throw merk(err, nietVastgelegd())
        }
        if (!(afgebrokenDoorServer(err) || verouderdPlan(err) || alleenLezen(sql))) throw err
        return opnieuw(sql, parameters)
      }
    }

    return {
      query: ((sql: unknown, parameters?: readonly unknown[]) =>
        typeof sql === 'string'
          ? query(sql, parameters ?? [])
          : // A cursor (streaming): passed through as it is.
            client.query(sql as never)) as unknown as PostgresPoolClient['query'],
      release(destroy?: boolean) {
        client.off('error', onError)
        // A broken connection never goes back to the pool.
        client.release(destroy || kapot ? true : undefined)
      },
    }
  }

  return {
    connect: async () => omhul(await verbind()),
    end: () => pool.end(),
  }
}
