/**
 * The maintenance window of a section ("wordt vernieuwd en is vanaf 1 maart 2022 weer
 * beschikbaar"): until that day the section's API answers 503 and the shell shows the message in
 * the section's place without loading its code.
 *
 * Stored in a table (`platform_onderhoud`) edited by DUO's redactie, not in an environment
 * variable: announcing maintenance is an editorial act with a date, like an announcement, not a
 * deployment; a change reaches every BFF instance (they share the database) within the cache's
 * few seconds, without a restart; and the date is data, read against the one clock (`DUO_NOW`).
 * The check on every request of a section reads a per-instance cache, never the database.
 */
import type { MiddlewareHandler } from 'hono'
import type { Kysely } from 'kysely'
import { dutchDate } from '@duo/authz'
import type { Clock } from '../../clock'
import { toIso } from '../../db/dialect'
import type { AppEnv } from '../../http/env'
import { apiFout } from '../../http/errors'
import type { Label } from '../../services'
import type { Database } from '../db/schema'

export interface OnderhoudRegel {
  sectie: string
  /** First day (`YYYY-MM-DD`, Dutch calendar day) the section works again. */
  beschikbaarVanaf: string
  /** Own wording; null: the standard sentence with the date. */
  tekst: Label | null
  gewijzigdOp: string
}

/** A window in force now: the message to show, own or standard. */
export interface ActiefOnderhoud {
  sectie: string
  beschikbaarVanaf: string
  bericht: Label
}

const formatter = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
const nlDatum = formatter('nl-NL')
const enDatum = formatter('en-GB')

/** "1 maart 2022" / "1 March 2022". */
export function leesbareDatum(dag: string): Label {
  const d = new Date(`${dag}T00:00:00Z`)
  return { nl: nlDatum.format(d), en: enDatum.format(d) }
}

export function standaardBericht(dag: string): Label {
  const d = leesbareDatum(dag)
  return {
    nl: `Dit onderdeel wordt vernieuwd en is vanaf ${d.nl} weer beschikbaar.`,
    en: `This part is being renewed and will be available again from ${d.en}.`,
  }
}

/** Midnight in the Netherlands at the start of `dag`, for `Retry-After`. */
export function begintOp(dag: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const kandidaat = new Date(`${dag}T00:00:00${offset}`)
    if (dutchDate(kandidaat) === dag && dutchDate(new Date(kandidaat.getTime() - 1)) < dag)
      return kandidaat
  }
  return new Date(`${dag}T00:00:00Z`)
}

export interface OnderhoudService {
  /** Every configured window, also those past (the redactie's list). */
  lijst(): Promise<OnderhoudRegel[]>
  /** The windows in force now, by section (cached a few seconds). */
  actief(): Promise<Map<string, ActiefOnderhoud>>
  zet(
    regel: { sectie: string; beschikbaarVanaf: string; tekst: Label | null },
    door: string | null,
  ): Promise<OnderhoudRegel>
  /** False when the section had no window. */
  wis(sectie: string): Promise<boolean>
  /** 503 with the date for every request of the section while its window is in force. */
  middleware(sectie: string): MiddlewareHandler<AppEnv>
}

export function createOnderhoudService(
  db: Kysely<Database>,
  clock: Clock,
  opties: { ttlMs?: number } = {},
): OnderhoudService {
  const ttl = opties.ttlMs ?? 5000
  let cache: { regels: OnderhoudRegel[]; gelezen: number } | null = null

  async function lijst(): Promise<OnderhoudRegel[]> {
    const rows = await db.selectFrom('platform_onderhoud').selectAll().orderBy('sectie').execute()
    return rows.map((r) => ({
      sectie: r.sectie,
      beschikbaarVanaf: r.beschikbaar_vanaf,
      tekst: r.tekst_nl && r.tekst_en ? { nl: r.tekst_nl, en: r.tekst_en } : null,
      gewijzigdOp: r.gewijzigd_op,
    }))
  }

  async function actief(): Promise<Map<string, ActiefOnderhoud>> {
    if (!cache || Date.now() - cache.gelezen > ttl)
      cache = { regels: await lijst(), gelezen: Date.now() }
    const vandaag = dutchDate(clock.now())
    return new Map(
      cache.regels
        .filter((r) => vandaag < r.beschikbaarVanaf)
        .map((r) => [
          r.sectie,
          {
            sectie: r.sectie,
            beschikbaarVanaf: r.beschikbaarVanaf,
            bericht: r.tekst ?? standaardBericht(r.beschikbaarVanaf),
          },
        ]),
    )
  }

  return {
    lijst,
    actief,
    async zet(regel, door) {
      const row = {
        sectie: regel.sectie,
        beschikbaar_vanaf: regel.beschikbaarVanaf,
        tekst_nl: regel.tekst?.nl ?? null,
        tekst_en: regel.tekst?.en ?? null,
        gewijzigd_door: door,
        gewijzigd_op: toIso(clock.now()),
      }
      await db
        .insertInto('platform_onderhoud')
        .values(row)
        .onConflict((oc) =>
          oc.column('sectie').doUpdateSet({
            beschikbaar_vanaf: row.beschikbaar_vanaf,
            tekst_nl: row.tekst_nl,
            tekst_en: row.tekst_en,
            gewijzigd_door: row.gewijzigd_door,
            gewijzigd_op: row.gewijzigd_op,
          }),
        )
        .execute()
      cache = null
      return {
        sectie: regel.sectie,
        beschikbaarVanaf: regel.beschikbaarVanaf,
        tekst: regel.tekst,
        gewijzigdOp: row.gewijzigd_op,
      }
    },
    async wis(sectie) {
      const r = await db
        .deleteFrom('platform_onderhoud')
        .where('sectie', '=', sectie)
        .executeTakeFirst()
      cache = null
      return Number(r.numDeletedRows) > 0
    },
    middleware(sectie) {
      return async (c, next) => {
        const o = (await actief()).get(sectie)
        if (!o) return next()
        const datum = leesbareDatum(o.beschikbaarVanaf)
        // The date is always in the message, also in an own wording that left it out.
        const nl = o.bericht.nl.includes(datum.nl)
          ? o.bericht.nl
          : `${o.bericht.nl} Weer beschikbaar vanaf ${datum.nl}.`
        const en = o.bericht.en.includes(datum.en)
          ? o.bericht.en
          : `${o.bericht.en} Available again from ${datum.en}.`
        c.header('Retry-After', begintOp(o.beschikbaarVanaf).toUTCString())
        c.header('Cache-Control', 'no-store')
        return c.json(
          { ...apiFout('onderhoud', nl, en), beschikbaarVanaf: o.beschikbaarVanaf },
          503,
        )
      }
    },
  }
}
