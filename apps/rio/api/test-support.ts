/** Shared set-up of RIO's API tests: the portal with this section and its demo registers. */
import type { DialectName } from '@duo/server-kit'
import { createTestApp, demoPersoonId, type TestApp } from '@duo/server-kit/testing'
import type { WijzigingInvoer } from './domein/mutaties'
import rioApi from './index'

/** Between the demo's Montessori change (2024-08-01) and the end of the taalklas (2025-08-01). */
export const NOW = '2025-03-17T10:00:00.000Z'
export const VANDAAG = '2025-03-17'

export const A = {
  bestuursnummer: '41234',
  code: '101B234',
  regenboog: '101A001',
  kompas: '101A002',
}
export const B = {
  bestuursnummer: '40567',
  code: '102B567',
  vlinder: '102A003',
  locatie: '102X001',
}
/** Demo locaties of bestuur A: Lindelaan (De Regenboog), Kompasstraat, Dorpsstraat (closed 2023). */
export const LOCATIE = { lindelaan: '101X001', kompasstraat: '101X002', dorpsstraat: '101X003' }

export type RioTestApp = TestApp

export function rioTestApp(dialect: DialectName): Promise<RioTestApp> {
  return createTestApp(dialect, { now: NOW, sections: [rioApi] })
}

/** Every RIO user role on bestuur A's code (the eight roles of the Kennisbank). */
export const RIO_ROLLEN = [
  'rio-beheren-onderwijsbestuur',
  'rio-beheren-contactadres',
  'rio-beheren-samenwerkingsvorm',
  'rio-beheren-rpl-context-instellingen',
  'rio-beheren-onderwijsaanbiedersgroep',
  'rio-beheren-onderwijslocatiegebruik',
  'rio-beheren-onderwijsaanbieder',
  'rio-beheren-aangeboden-opleiding',
] as const

/**
 * Gives a persona grants (as its beheerder would through beheer) and returns a function that
 * revokes them again. Grants count on the next request.
 */
export async function metRollen(
  t: RioTestApp,
  persona: string,
  rollen: ReadonlyArray<readonly [role: string, kenmerk: string]>,
  bestuursnummer = A.bestuursnummer,
): Promise<() => Promise<void>> {
  const { rollen: service } = t.platformOf('rio')
  const persoonId = demoPersoonId(persona)!
  const ids: string[] = []
  for (const [role, kenmerk] of rollen)
    ids.push((await service.toekennen({ persoonId, bestuursnummer, role, kenmerk })).id)
  return async () => {
    for (const id of ids) await service.intrekken(id, persoonId)
  }
}

/** How many rows the register holds: a refused change must leave them all as they were. */
export async function tel(t: RioTestApp) {
  const db = t.platformOf('rio').db as unknown as import('./tables').RioDb
  const n = async (table: 'rio_wijziging' | 'rio_object' | 'rio_versie' | 'rio_tijdlijn') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return {
    wijzigingen: await n('rio_wijziging'),
    objecten: await n('rio_object'),
    versies: await n('rio_versie'),
    tijdlijn: await n('rio_tijdlijn'),
  }
}

/** A change posted as a persona (JSON with the CSRF header). */
export const wijzig = (
  t: RioTestApp,
  as: string,
  wijziging: WijzigingInvoer,
  pad = '/api/rio/wijzigingen',
) => t.request('POST', pad, { as, json: wijziging })
