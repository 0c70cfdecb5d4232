/** Shared set-up of ROD's API tests: the portal with this section and its demo register. */
import type { DialectName } from '@duo/server-kit'
import { createTestApp, demoPersoonId, type TestApp } from '@duo/server-kit/testing'
import type { RodTables } from './tables'
import rodApi from './index'

/** Spring 2024: the register's last schooljaar runs, every ROD permission is available. */
export const NOW = '2024-04-15T10:00:00.000Z'

export type RodTestApp = TestApp

/** The portal with ROD and its demo data, at a fixed moment. */
export function rodTestApp(dialect: DialectName, now = NOW): Promise<RodTestApp> {
  return createTestApp(dialect, { now, sections: [rodApi] })
}

/** ROD's tables, typed. */
export const rodDb = (t: TestApp) => t.platformOf('rod').db as unknown as import('./tables').RodDb

/**
 * A person of bestuur B (Het Anker) with every ROD role of its own bestuur: the demo has none,
 * so the tests give `bekostiging-b` these roles for the boundary tests.
 */
export async function bestuurBMetRodRollen(t: TestApp): Promise<string> {
  const persoonId = demoPersoonId('bekostiging-b')!
  const rollen = t.platformOf('rod').rollen
  for (const [role, kenmerk] of [
    ['medewerker-bestuur-rod', '40567'],
    ['po-informatiediensten', '40567'],
    ['medewerker-schooladministratie-rod', '56EF'],
  ] as const)
    await rollen.toekennen({ persoonId, bestuursnummer: '40567', role, kenmerk })
  return 'bekostiging-b'
}

/** Counts the rows of each ROD table: "nothing changed" in one comparison. */
export async function tellingen(t: TestApp): Promise<Record<string, number>> {
  const db = rodDb(t)
  const uit: Record<string, number> = {}
  for (const tabel of [
    'rod_mutatieverzoek',
    'rod_historie',
    'rod_leerjaar',
    'rod_schooladvies',
    'rod_inschrijving',
  ] as const) {
    const r = await db
      .selectFrom(tabel)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    uit[tabel] = Number(r.n)
  }
  return uit
}

export type { RodTables }

export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
export const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
export const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type })

/** A pupil with an inschrijving at the school (the first by id), with its PGN. */
export async function leerlingVan(t: TestApp, instellingscode: string, offset = 0) {
  return rodDb(t)
    .selectFrom('rod_leerling as l')
    .innerJoin('rod_inschrijving as i', 'i.leerling_id', 'l.id')
    .where('i.instellingscode', '=', instellingscode)
    .selectAll('l')
    .select('i.id as inschrijving_id')
    .orderBy('l.id')
    .offset(offset)
    .limit(1)
    .executeTakeFirstOrThrow()
}

/** A form for a verzoek handmatige mutatie. */
export function verzoekForm(fields: Record<string, string>, bijlage?: File): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries({
    bevestiging: 'ja',
    reden: 'Het LAS kan dit niet meer corrigeren.',
    ...fields,
  }))
    form.append(k, v)
  if (bijlage) form.append('bijlage', bijlage)
  return form
}
