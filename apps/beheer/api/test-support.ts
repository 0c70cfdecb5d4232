/**
 * Shared set-up of beheer's API tests: the portal with this section at a fixed moment, a
 * snapshot of everything the section can change (to assert that a refusal changed nothing),
 * and the aanmelding form.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { DialectName, SectionPlatform } from '@duo/server-kit'
import {
  BESTUUR_A,
  BESTUUR_B,
  createTestApp,
  demoPersoonId,
  type TestApp,
  type TestResponse,
} from '@duo/server-kit/testing'
import beheerApi from './index'
import type { BeheerTables } from './tables'

/** The ROD roles are available (from 1 February 2022). */
export const NOW = '2022-03-01T10:00:00+01:00'
/** Before the ROD roles are available. */
export const VOOR_ROD = '2022-01-15T10:00:00+01:00'

export const A = BESTUUR_A.bestuursnummer
export const B = BESTUUR_B.bestuursnummer
export const id = (persona: string) => demoPersoonId(persona)!

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked by expect(), not by types
export type Json = any

export type BeheerTestApp = TestApp

/** The portal with the beheer section and the demo data. */
export function beheerTestApp(dialect: DialectName, now = NOW): Promise<BeheerTestApp> {
  return createTestApp(dialect, { now, sections: [beheerApi] })
}

/** What the beheer section gets of the platform: its services and its own tables. */
export const beheer = (t: BeheerTestApp) => t.platformOf('beheer') as SectionPlatform<BeheerTables>

/** Where the signed forms of aanmeldingen are kept. */
export const aanmeldingenMap = (t: BeheerTestApp) => join(t.dataDir, 'beheer', 'aanmeldingen')

/** Everything the beheer API can change, to assert that a refused call changed nothing. */
export async function snapshot(t: BeheerTestApp) {
  const grants = await t.db.selectFrom('rol_toekenning').selectAll().orderBy('id').execute()
  const audit = await t.db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  const aanmeldingen = await beheer(t)
    .db.selectFrom('beheer_aanmelding')
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  const dir = aanmeldingenMap(t)
  const files = existsSync(dir) ? readdirSync(dir).length : 0
  return { grants, audit: Number(audit.n), aanmeldingen: Number(aanmeldingen.n), files }
}

/** The answer is the refusal expected (the platform's error shape) and nothing changed. */
export async function expectRefused(
  t: BeheerTestApp,
  res: TestResponse,
  status: number,
  code: string,
  before: Awaited<ReturnType<typeof snapshot>>,
) {
  const body = await res.json()
  expect({ status: res.status, code: body.code }).toEqual({ status, code })
  expect(body.nl).toBeTruthy()
  expect(body.en).toBeTruthy()
  expect(await snapshot(t)).toEqual(before)
  return body
}

export const toekennen = (t: BeheerTestApp, as: string, body: Record<string, unknown>) =>
  t.request('POST', '/api/beheer/autorisaties', { as, json: body })

export function pdf(extra = ''): Blob {
  return new Blob([`%PDF-1.7\n% ondertekend formulier ${extra}\n%%EOF\n`], {
    type: 'application/pdf',
  })
}

export function aanmeldForm(
  fields: Record<string, string>,
  file: Blob | null = pdf(),
  name = 'aanmelding.pdf',
): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  if (file) form.set('bijlage', file, name)
  return form
}

/** An aanmelding handed in through the API; returns its id. */
export async function aanmelden(t: BeheerTestApp, as: string, fields: Record<string, string>) {
  const res = await t.request('POST', '/api/beheer/aanmeldingen', {
    as,
    body: aanmeldForm(fields),
  })
  expect(res.status).toBe(201)
  return (await res.json()).aanmelding.id as string
}
