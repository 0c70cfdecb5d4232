/** Shared set-up of the helpdesk's API tests: the portal with this section, and upload fixtures. */
import { join } from 'node:path'
import { expect } from 'vitest'
import type { DialectName } from '@duo/server-kit'
import { createTestApp, demoId, type TestApp } from '@duo/server-kit/testing'
import helpdeskApi from './index'

export const NOW = '2022-01-17T10:00:00.000Z'
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
export const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
])
export const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])

export const A_MELDING = demoId('helpdesk:melding:a-1')
export const A_DOCUMENT = demoId('helpdesk:document:a-beschikking-2022')
export const B_DOCUMENT = demoId('helpdesk:document:b-beschikking-2022')
export const LEGACY_MELDING = demoId('helpdesk:melding:legacy-1')

export const file = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  new File([bytes as Uint8Array<ArrayBuffer>], name, { type })

export function meldingForm(fields: Record<string, string>, files: File[] = []): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries({
    onderwerp: 'Vraag over ROD',
    categorie: 'rod',
    omschrijving: 'Hoe werkt het?',
    ...fields,
  }))
    form.append(k, v)
  for (const f of files) form.append('bijlage', f)
  return form
}

export type HelpdeskTestApp = TestApp

/** The portal with the helpdesk section and its demo data, at a fixed moment. */
export function helpdeskTestApp(dialect: DialectName): Promise<HelpdeskTestApp> {
  return createTestApp(dialect, { now: NOW, sections: [helpdeskApi] })
}

/** Where the helpdesk keeps attachments. */
export const bijlagenMap = (t: TestApp) => join(t.dataDir, 'helpdesk', 'bijlagen')

/** One melding of bestuur A with an attachment, for the access checks. */
export async function meldingMetBijlage(t: TestApp) {
  const res = await t.request('POST', '/api/helpdesk/meldingen', {
    as: 'beheerder-po',
    body: meldingForm({ onderwerp: 'Met bijlage' }, [file(PDF, 'brief.pdf')]),
  })
  expect(res.status).toBe(201)
  const { melding } = await res.json()
  const detail = await (
    await t.request('GET', `/api/helpdesk/meldingen/${melding.id}`, { as: 'beheerder-po' })
  ).json()
  return { melding: melding.id as string, bijlage: detail.gesprek[0].bijlagen[0].id as string }
}
