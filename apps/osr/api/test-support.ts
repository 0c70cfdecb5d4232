/**
 * Shared set-up of the OSR's API tests: the portal with this section at a fixed moment, tokens
 * of the diensten and suppliers signed with a local key (no broker needed), and a snapshot of
 * the section's tables to prove a refused request changed nothing.
 */
import { expect } from 'vitest'
import { SignJWT, generateKeyPair } from 'jose'
import type { DialectName } from '@duo/server-kit'
import { createTestApp, demoId, type TestApp } from '@duo/server-kit/testing'
import { createOsrApi } from './index'
import { STANDAARD_DIENST_CLIENTS } from './shared/diensten'
import { OSR_RESOURCE, SCOPE_DIENSTEN, SCOPE_LEVERANCIER } from './tokens/controle'
import type { OsrDb, OsrTables } from './tables'

/** A Wednesday in June 2022: ROD, RIO and Doorstroomtoets all need a mandaat. */
export const NOW = '2022-06-01T10:00:00.000Z'
export const VANDAAG = '2022-06-01'
export const ISSUER = 'https://broker.test'

export const systeem = (key: 'leerlingplan' | 'wise-las' | 'bds-admin' | 'klasweb') =>
  demoId(`osr:systeem:${key}`)
export const mandaat = (key: string) => demoId(`osr:mandaat:${key}`)

const sleutels = await generateKeyPair('RS256')
const vreemd = await generateKeyPair('RS256')

export interface TokenOpties {
  clientId?: string
  scope?: string
  /** Seconds from now (negative: expired). */
  verlooptOver?: number
  issuer?: string
  audience?: string
  /** Signed with a key the register does not know. */
  vreemdeSleutel?: boolean
  typ?: string
}

/** An access token as the broker issues it for the client-credentials grant (RFC 9068). */
export async function token(opties: TokenOpties = {}): Promise<string> {
  const nu = Math.floor(Date.now() / 1000)
  return new SignJWT({
    client_id: opties.clientId ?? 'dienst-rod-po',
    scope: opties.scope ?? SCOPE_DIENSTEN,
  })
    .setProtectedHeader({ alg: 'RS256', typ: opties.typ ?? 'at+jwt', kid: 'test' })
    .setIssuer(opties.issuer ?? ISSUER)
    .setAudience(opties.audience ?? OSR_RESOURCE)
    .setSubject(opties.clientId ?? 'dienst-rod-po')
    .setIssuedAt(nu - 5)
    .setJti(crypto.randomUUID())
    .setExpirationTime(nu + (opties.verlooptOver ?? 300))
    .sign(opties.vreemdeSleutel ? vreemd.privateKey : sleutels.privateKey)
}

export const leverancierToken = (
  clientId = 'leverancier-leerling-online',
  opties: TokenOpties = {},
) => token({ clientId, scope: SCOPE_LEVERANCIER, ...opties })

export const bearer = async (t: string | Promise<string>) => ({
  Authorization: `Bearer ${await t}`,
})

export type OsrTestApp = TestApp & { osrDb: OsrDb }

/** The portal with the OSR section and its demo data, at `NOW`. */
export async function osrTestApp(
  dialect: DialectName,
  opties: { limieten?: { perClient: number; perAdres: number }; now?: string } = {},
): Promise<OsrTestApp> {
  const api = createOsrApi({
    tokens: { issuer: ISSUER, audience: OSR_RESOURCE, sleutels: sleutels.publicKey },
    dienstClients: STANDAARD_DIENST_CLIENTS,
    limieten: opties.limieten ?? { perClient: 100_000, perAdres: 100_000 },
  })
  const t = await createTestApp(dialect, { now: opties.now ?? NOW, sections: [api] })
  return Object.assign(t, { osrDb: t.platformOf('osr').db as OsrDb })
}

const TABELLEN: Array<keyof OsrTables> = [
  'osr_overeenkomst',
  'osr_overeenkomst_aanvraag',
  'osr_leverancier',
  'osr_systeem',
  'osr_systeem_dienst',
  'osr_systeem_endpoint',
  'osr_school',
  'osr_mandaat',
  'osr_mandaat_gebeurtenis',
]

/** Every row of the section's tables and the platform's overeenkomst flags, sorted. */
export async function stand(t: OsrTestApp) {
  const uit: Record<string, unknown[]> = {}
  for (const tabel of TABELLEN) {
    const rows = await t.osrDb.selectFrom(tabel).selectAll().execute()
    uit[tabel] = rows.map((r) => JSON.stringify(r)).sort()
  }
  uit.bestuur = (
    await t.db
      .selectFrom('bestuur')
      .select(['bestuursnummer', 'osr_overeenkomst_getekend'])
      .execute()
  )
    .map((r) => JSON.stringify(r))
    .sort()
  return uit
}

/** Runs `fn` and checks the tables are exactly as before. */
export async function ongewijzigd(t: OsrTestApp, fn: () => Promise<void>) {
  const voor = await stand(t)
  await fn()
  expect(await stand(t)).toEqual(voor)
}

/** A third school of bestuur A that also uses LeerlingPlan, for copies to two schools. */
export async function derdeSchool(t: OsrTestApp) {
  await t.db
    .insertInto('school')
    .values({
      instellingscode: '78GH',
      bestuursnummer: '41234',
      naam: 'OBS De Vlieger',
      onderwijsaanbiedercode: '101A009',
    })
    .onConflict((oc) => oc.column('instellingscode').doNothing())
    .execute()
}

/** Sets a school's system through the API (as persona `osr`). */
export async function zetSysteem(t: OsrTestApp, school: string, systeemId: string | null) {
  const res = await t.request('PUT', `/api/osr/scholen/${school}/systeem`, {
    as: 'osr',
    json: { systeemId },
  })
  expect(res.status).toBe(200)
}
