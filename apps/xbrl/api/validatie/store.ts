/**
 * The outcome of a validation: the findings as rows (grouped per statement when read), the
 * summary, preview and kengetallen as one JSON value, and the status: gevalideerd when there
 * are no errors, concept otherwise.
 */
import { lijstInfo, newId, pagineer, telBegrensd, toIso, type Positie } from '@duo/server-kit'
import type { Bevinding, Kengetal, OverzichtStaat, ValidationResult } from '@duo/xbrl'
import type { Selectable } from 'kysely'
import { legVast } from '../aanleveringen/store'
import type { XbrlDb, XbrlTables } from '../tables'

/** What is kept of a validation besides its findings. */
export interface Resultaat {
  aborted: boolean
  perRule: Record<string, number>
  /** The stored findings per onderdeel (errors, warnings): a list's counts without a scan. */
  perOnderdeel?: Record<string, { fouten: number; waarschuwingen: number }>
  instance: ValidationResult['instance']
  overzicht: OverzichtStaat[]
  kengetallen: Kengetal[]
}

const SYSTEEM = { naam: 'XBRL-validatie', persoonId: null }

/**
 * Stores a validation of the file `opslagNaam`; does nothing when another file was uploaded in
 * the meantime (that one has its own validation coming).
 */
export async function slaOp(
  db: XbrlDb,
  aanleveringId: string,
  opslagNaam: string,
  r: ValidationResult,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const a = await trx
      .selectFrom('xbrl_aanlevering')
      .select(['status', 'opslag_naam'])
      .where('id', '=', aanleveringId)
      .executeTakeFirst()
    if (!a || a.opslag_naam !== opslagNaam || !['concept', 'gevalideerd'].includes(a.status))
      return false
    await trx.deleteFrom('xbrl_bevinding').where('aanlevering_id', '=', aanleveringId).execute()
    const rijen = r.bevindingen.map((b: Bevinding, i) => ({
      id: newId(),
      aanlevering_id: aanleveringId,
      volgnummer: i,
      regel_id: b.ruleId,
      ernst: b.severity,
      regelnummer: b.line,
      kolom: b.column,
      concept: b.concept,
      onderdeel: b.onderdeel,
      nl: b.nl,
      en: b.en,
    }))
    // In batches: PostgreSQL takes at most 65,535 parameters in one statement.
    for (let i = 0; i < rijen.length; i += 500)
      await trx
        .insertInto('xbrl_bevinding')
        .values(rijen.slice(i, i + 500))
        .execute()
    const status = r.valid ? 'gevalideerd' : 'concept'
    const perOnderdeel: NonNullable<Resultaat['perOnderdeel']> = {}
    for (const b of r.bevindingen) {
      const n = (perOnderdeel[b.onderdeel] ??= { fouten: 0, waarschuwingen: 0 })
      if (b.severity === 'warning') n.waarschuwingen++
      else n.fouten++
    }
    const resultaat: Resultaat = {
      aborted: r.aborted,
      perRule: r.perRule,
      perOnderdeel,
      instance: r.instance,
      overzicht: r.overzicht,
      kengetallen: r.kengetallen,
    }
    await trx
      .updateTable('xbrl_aanlevering')
      .set({
        status,
        gevalideerd_bestand: opslagNaam,
        gevalideerd_op: toIso(now),
        fouten: r.errors,
        waarschuwingen: r.warnings,
        resultaat: JSON.stringify(resultaat),
        updated_at: toIso(now),
      })
      .where('id', '=', aanleveringId)
      .execute()
    if (status !== a.status) await legVast(trx, aanleveringId, status, SYSTEEM, now)
    return true
  })
}

interface BevindingRij {
  regelId: string
  ernst: 'error' | 'warning'
  regel: number | null
  kolom: number | null
  concept: string | null
  onderdeel: string
  nl: string
  en: string
}

const toBevinding = (r: Selectable<XbrlTables['xbrl_bevinding']>): BevindingRij => ({
  regelId: r.regel_id,
  ernst: r.ernst === 'warning' ? 'warning' : 'error',
  regel: r.regelnummer === null ? null : Number(r.regelnummer),
  kolom: r.kolom === null ? null : Number(r.kolom),
  concept: r.concept,
  onderdeel: r.onderdeel,
  nl: r.nl,
  en: r.en,
})

/** One page of the findings of one onderdeel, in their order (keyset: `na` / `voor`). */
export async function bevindingenPagina(
  db: XbrlDb,
  aanleveringId: string,
  onderdeel: string,
  positie: Positie,
) {
  const pagina = await pagineer(
    db
      .selectFrom('xbrl_bevinding')
      .selectAll()
      .where('aanlevering_id', '=', aanleveringId)
      .where('onderdeel', '=', onderdeel),
    [
      { kolom: 'volgnummer', richting: 'asc' },
      { kolom: 'id', richting: 'asc' },
    ],
    positie,
    // The first page per onderdeel is short (all onderdelen come in one answer); "meer" asks 100.
    { standaard: 25 },
  )
  return { bevindingen: pagina.rijen.map(toBevinding), ...lijstInfo(pagina) }
}

/**
 * The number of findings per onderdeel: from the validation's result, or (a result stored
 * before it kept them) counted, each count stopping at 1,000.
 */
export async function bevindingenPerOnderdeel(
  db: XbrlDb,
  aanleveringId: string,
  resultaat: Resultaat | null,
  onderdelen: readonly string[],
): Promise<Record<string, { fouten: number; waarschuwingen: number }>> {
  if (resultaat?.perOnderdeel) return resultaat.perOnderdeel
  const tel = (onderdeel: string, ernst: 'error' | 'warning') =>
    telBegrensd(
      db,
      db
        .selectFrom('xbrl_bevinding')
        .where('aanlevering_id', '=', aanleveringId)
        .where('onderdeel', '=', onderdeel)
        .where('ernst', ernst === 'warning' ? '=' : '!=', 'warning'),
    ).then((t) => t.totaal)
  const rijen = await Promise.all(
    onderdelen.map(
      async (o) =>
        [o, { fouten: await tel(o, 'error'), waarschuwingen: await tel(o, 'warning') }] as const,
    ),
  )
  return Object.fromEntries(rijen)
}

export async function resultaatVan(db: XbrlDb, aanleveringId: string): Promise<Resultaat | null> {
  const row = await db
    .selectFrom('xbrl_aanlevering')
    .select('resultaat')
    .where('id', '=', aanleveringId)
    .executeTakeFirst()
  return row?.resultaat ? (JSON.parse(row.resultaat) as Resultaat) : null
}
