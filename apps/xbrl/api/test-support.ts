/** Shared set-up of the XBRL section's API tests: the portal with this section, instances, uploads. */
import { join } from 'node:path'
import { readdirSync } from 'node:fs'
import { expect } from 'vitest'
import type { DialectName } from '@duo/server-kit'
import {
  BESTUUR_A,
  BESTUUR_B,
  createTestApp,
  demoId,
  demoPersoonId,
  type TestApp,
} from '@duo/server-kit/testing'
import { genereerInstance } from '@duo/xbrl/generator'
import xbrlApi from './index'

/** In the term of verslagjaar 2021: submitting and correcting it is possible (until 1 July 2022). */
export const NOW = '2022-05-16T10:00:00+02:00'
export const JAAR = 2021

/** The demo's concept of De Linde for 2021, with errors to fix (the clock's L = 2021). */
export const A_CONCEPT = demoId('xbrl:aanlevering:a:2021:1')
/** De Linde's accepted correction of 2020, and its rejected first version. */
export const A_2020_V2 = demoId('xbrl:aanlevering:a:2020:2')
export const A_2020_V1 = demoId('xbrl:aanlevering:a:2020:1')
/** Het Anker's submitted 2021, waiting for DUO. */
export const B_INGEDIEND = demoId('xbrl:aanlevering:b:2021:1')
export const A_JV_2020 = demoId(`xbrl:jaarverantwoording:${BESTUUR_A.bestuursnummer}:2020`)

export const geldigeInstance = (bestuursnummer = BESTUUR_A.bestuursnummer, verslagjaar = JAAR) =>
  genereerInstance({
    bestuursnummer,
    naamBestuur: 'Stichting Openbaar Onderwijs De Linde',
    verslagjaar,
    seed: 11,
  })

export type XbrlTestApp = TestApp

/** The portal with the XBRL section and its demo data, in the term of verslagjaar 2021. */
export function xbrlTestApp(dialect: DialectName, now = NOW): Promise<XbrlTestApp> {
  return createTestApp(dialect, { now, sections: [xbrlApi] })
}

/** Uploads bytes as a file to an aanlevering, as the browser does (raw body, CSRF header). */
export function upload(
  t: TestApp,
  id: string,
  body: string | Uint8Array,
  opts: { as?: string; naam?: string } = {},
) {
  return t.request(
    'PUT',
    `/api/xbrl/aanleveringen/${id}/bestand?bestandsnaam=${encodeURIComponent(opts.naam ?? 'jaarverantwoording-2021.xbrl')}`,
    {
      as: opts.as ?? 'verantwoording',
      body,
      headers: { 'Content-Type': 'application/xml' },
    },
  )
}

/** Uploads a streamed body (no Content-Length), as a browser's chunked upload would arrive. */
export async function uploadStroom(
  t: TestApp,
  id: string,
  body: ReadableStream<Uint8Array>,
  as = 'verantwoording',
  headers: Record<string, string> = {},
) {
  const cookie = as.includes('=') ? as : await t.loginAs(as)
  return t.app.request(
    `/api/xbrl/aanleveringen/${id}/bestand?bestandsnaam=stroom.xbrl`,
    {
      method: 'PUT',
      headers: { Cookie: cookie, 'X-DUO-CSRF': '1', 'Content-Type': 'application/xml', ...headers },
      body,
      duplex: 'half',
    } as RequestInit,
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  )
}

/** Files the section has stored. */
export const opgeslagen = (t: TestApp) => {
  try {
    return readdirSync(join(t.dataDir, 'xbrl', 'instances'))
  } catch {
    return []
  }
}

/** Uploads a valid instance to the demo concept, waits for the validation, and checks it passed. */
export async function gevalideerd(t: TestApp, id = A_CONCEPT) {
  const res = await upload(t, id, geldigeInstance())
  expect(res.status).toBe(202)
  await t.composed.jobs.idle()
  const detail = await (
    await t.request('GET', `/api/xbrl/aanleveringen/${id}`, { as: 'verantwoording' })
  ).json()
  expect(detail.aanlevering.status).toBe('gevalideerd')
  return detail
}

/** A person of bestuur B with the role medewerker verantwoording (the demo has none there). */
export async function verantwoordingB(t: TestApp): Promise<string> {
  const persoonId = demoPersoonId('bekostiging-b')!
  await t.platformOf('xbrl').rollen.toekennen({
    persoonId,
    role: 'medewerker-verantwoording',
    kenmerk: BESTUUR_B.bestuursnummer,
    bestuursnummer: BESTUUR_B.bestuursnummer,
  })
  return t.loginAs('bekostiging-b', { niveau: 'EH3' })
}
