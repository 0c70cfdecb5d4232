/**
 * Aanmeldingen of beheerders (the online form "Aanmelding en wijziging Mijn DUO met
 * eHerkenning (beheerder)"). The table keeps ids only; names of the bestuur and the people come
 * from the platform (`organisaties`, `personen`) when an aanmelding is shown.
 */
import type { Selectable } from 'kysely'
import { newId, toIso, type OrganisatieService, type PersonenService } from '@duo/server-kit'
import type { AanmeldingStatus, BeheerDb, BeheerTables } from '../tables'

type Row = Selectable<BeheerTables['beheer_aanmelding']>

/** An aanmelding as stored: people by id, and the server-made name of its file. */
export interface AanmeldingRij {
  id: string
  bestuursnummer: string
  ingediendDoor: string
  ingediendOp: string
  beheerderPo: string | null
  beheerderBekostiging: string | null
  toelichting: string | null
  bijlage: { naam: string; grootte: number; sha256: string }
  /** Internal: the server-made file name. Never sent to the browser. */
  bijlageBestand: string
  status: AanmeldingStatus
  beoordeeldDoor: string | null
  beoordeeldOp: string | null
  reden: string | null
}

type Iemand = { id: string; naam: string }

/** What the browser sees of an aanmelding: names resolved, never the stored file name. */
export interface Aanmelding {
  id: string
  bestuursnummer: string
  bestuurNaam: string
  ingediendDoor: Iemand
  ingediendOp: string
  beheerderPo: Iemand | null
  beheerderBekostiging: Iemand | null
  toelichting: string | null
  bijlage: { naam: string; grootte: number; sha256: string }
  status: AanmeldingStatus
  beoordeeldDoor: Iemand | null
  beoordeeldOp: string | null
  reden: string | null
}

const toRij = (r: Row): AanmeldingRij => ({
  id: r.id,
  bestuursnummer: r.bestuursnummer,
  ingediendDoor: r.ingediend_door,
  ingediendOp: r.ingediend_op,
  beheerderPo: r.beheerder_po_persoon_id,
  beheerderBekostiging: r.beheerder_bekostiging_persoon_id,
  toelichting: r.toelichting,
  bijlage: { naam: r.bijlage_naam, grootte: Number(r.bijlage_grootte), sha256: r.bijlage_sha256 },
  bijlageBestand: r.bijlage_bestand,
  status: r.status,
  beoordeeldDoor: r.beoordeeld_door,
  beoordeeldOp: r.beoordeeld_op,
  reden: r.reden,
})

export interface NieuweAanmelding {
  bestuursnummer: string
  ingediendDoor: string
  beheerderPo: string | null
  beheerderBekostiging: string | null
  toelichting: string | null
  bijlageNaam: string
  bijlageBestand: string
  bijlageGrootte: number
  bijlageSha256: string
}

export async function insertAanmelding(
  db: BeheerDb,
  input: NieuweAanmelding,
  now: Date,
): Promise<string> {
  const id = newId()
  await db
    .insertInto('beheer_aanmelding')
    .values({
      id,
      bestuursnummer: input.bestuursnummer,
      ingediend_door: input.ingediendDoor,
      ingediend_op: toIso(now),
      beheerder_po_persoon_id: input.beheerderPo,
      beheerder_bekostiging_persoon_id: input.beheerderBekostiging,
      toelichting: input.toelichting,
      bijlage_naam: input.bijlageNaam,
      bijlage_bestand: input.bijlageBestand,
      bijlage_grootte: input.bijlageGrootte,
      bijlage_sha256: input.bijlageSha256,
      status: 'ingediend',
      beoordeeld_door: null,
      beoordeeld_op: null,
      reden: null,
    })
    .execute()
  return id
}

export async function getAanmelding(db: BeheerDb, id: string): Promise<AanmeldingRij | null> {
  const row = await db
    .selectFrom('beheer_aanmelding')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toRij(row) : null
}

/** Newest first (at most 500); `bestuursnummer` narrows to one bestuur, `status` to one state. */
export async function listAanmeldingen(
  db: BeheerDb,
  filter: { bestuursnummer?: string | undefined; status?: AanmeldingStatus | undefined } = {},
): Promise<AanmeldingRij[]> {
  let q = db.selectFrom('beheer_aanmelding').selectAll()
  if (filter.bestuursnummer) q = q.where('bestuursnummer', '=', filter.bestuursnummer)
  if (filter.status) q = q.where('status', '=', filter.status)
  const rows = await q.orderBy('ingediend_op', 'desc').orderBy('id').limit(500).execute()
  return rows.map(toRij)
}

/** Decides an aanmelding still waiting; false when someone else decided it first. */
export async function decideAanmelding(
  db: BeheerDb,
  id: string,
  decision: { status: 'goedgekeurd' | 'afgewezen'; door: string; reden: string | null },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('beheer_aanmelding')
    .set({
      status: decision.status,
      beoordeeld_door: decision.door,
      beoordeeld_op: toIso(now),
      reden: decision.reden,
    })
    .where('id', '=', id)
    .where('status', '=', 'ingediend')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The aanmeldingen with the names of their bestuur and people, from the platform. */
export async function metNamen(
  platform: { personen: PersonenService; organisaties: OrganisatieService },
  rijen: AanmeldingRij[],
): Promise<Aanmelding[]> {
  const ids = rijen.flatMap((a) =>
    [a.ingediendDoor, a.beheerderPo, a.beheerderBekostiging, a.beoordeeldDoor].filter(
      (x): x is string => x !== null,
    ),
  )
  const besturen = [...new Set(rijen.map((a) => a.bestuursnummer))]
  const [namen, bestuurNamen] = await Promise.all([
    platform.personen.namen(ids),
    bestuurNamenVan(platform.organisaties, besturen),
  ])
  const iemand = (id: string | null) => (id ? { id, naam: namen.get(id) ?? '' } : null)
  return rijen.map(({ bijlageBestand: _intern, ...a }) => ({
    ...a,
    bestuurNaam: bestuurNamen.get(a.bestuursnummer) ?? '',
    ingediendDoor: iemand(a.ingediendDoor)!,
    beheerderPo: iemand(a.beheerderPo),
    beheerderBekostiging: iemand(a.beheerderBekostiging),
    beoordeeldDoor: iemand(a.beoordeeldDoor),
  }))
}

async function bestuurNamenVan(
  organisaties: OrganisatieService,
  nummers: string[],
): Promise<Map<string, string>> {
  if (nummers.length === 0) return new Map()
  if (nummers.length === 1) {
    const b = await organisaties.bestuur(nummers[0]!)
    return new Map(b ? [[b.bestuursnummer, b.naam]] : [])
  }
  return new Map((await organisaties.besturen()).map((b) => [b.bestuursnummer, b.naam]))
}
