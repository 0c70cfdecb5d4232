/**
 * The timeline of a zaak (an aanvraag or a bezwaar): every step with who took it and, for an
 * intermediary, the KvK of the administratiekantoor that acted. Written in the transaction of
 * the step itself.
 */
import { newId, toIso } from '@duo/server-kit'
import { GEBEURTENISSEN, type BekostigingDb, type Gebeurtenis } from '../tables'

export interface Stap {
  id: string
  soort: Gebeurtenis
  op: string
  door: string
  kant: 'bestuur' | 'duo'
  intermediairKvk: string | null
  details: Record<string, unknown> | null
}

export async function voegToe(
  trx: BekostigingDb,
  stap: {
    zaakId: string
    bestuursnummer: string
    soort: Gebeurtenis
    op: Date | string
    door: string
    kant: 'bestuur' | 'duo'
    intermediairKvk?: string | null
    details?: Record<string, unknown> | null
  },
): Promise<void> {
  await trx
    .insertInto('bekostiging_gebeurtenis')
    .values({
      id: newId(),
      zaak_id: stap.zaakId,
      bestuursnummer: stap.bestuursnummer,
      soort: stap.soort,
      op: toIso(stap.op),
      door: stap.door,
      kant: stap.kant,
      intermediair_kvk: stap.intermediairKvk ?? null,
      details: stap.details ? JSON.stringify(stap.details) : null,
    })
    .execute()
}

/** The steps of one or more zaken, oldest first. */
export async function tijdlijn(db: BekostigingDb, zaakIds: string[]): Promise<Stap[]> {
  if (!zaakIds.length) return []
  const rows = await db
    .selectFrom('bekostiging_gebeurtenis')
    .selectAll()
    .where('zaak_id', 'in', zaakIds)
    .orderBy('op')
    .execute()
  // Steps of the same moment (a fixed clock) in the order a zaak takes them.
  const rang = (soort: string) => (GEBEURTENISSEN as readonly string[]).indexOf(soort)
  rows.sort((a, b) => a.op.localeCompare(b.op) || rang(a.soort) - rang(b.soort))
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort as Gebeurtenis,
    op: r.op,
    door: r.door,
    kant: r.kant === 'duo' ? 'duo' : 'bestuur',
    intermediairKvk: r.intermediair_kvk,
    details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
  }))
}
