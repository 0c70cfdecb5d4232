import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialectsUnderTest } from '../db/test-db'
import type { DbHandle } from '../db/create-db'
import { makeBestuur } from '../stores/test-fixtures'
import { createDocumentenService } from './documenten'

const clock = { now: () => new Date('2022-05-02T10:00:00Z'), fixed: null }
const pdf = (s: string) => new TextEncoder().encode(`%PDF-1.4 ${s}`)

describe.each(dialectsUnderTest)('the digitaal archief (%s)', (dialect) => {
  let h: DbHandle
  let a: string
  let b: string
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-doc-'))
  beforeAll(async () => {
    h = await createTestDb(dialect)
    a = (await makeBestuur(h.db)).bestuursnummer
    b = (await makeBestuur(h.db)).bestuursnummer
  }, 60_000)
  afterAll(() => h.close())

  it('keeps what a section publishes, lists it per bestuur and reads it back', async () => {
    const bekostiging = createDocumentenService(h.db, clock, dataDir, 'bekostiging')
    const doc = await bekostiging.publiceer({
      bestuursnummer: a,
      soort: 'beschikking',
      titel: 'Beschikking bijzondere bekostiging',
      referentie: 'BB-2022-000001',
      datum: '2022-05-02',
      bestandsnaam: 'beschikking.pdf',
      contentType: 'application/pdf',
      bytes: pdf('a'),
      zaakReferentie: 'AV-2022-000001',
    })
    expect(doc).toMatchObject({ bron: 'bekostiging', grootte: 10 })
    const helpdesk = createDocumentenService(h.db, clock, dataDir, 'helpdesk')
    const lijst = await helpdesk.lijst(a)
    expect(lijst.documenten.map((d) => d.referentie)).toEqual(['BB-2022-000001'])
    expect((await helpdesk.lijst(b)).totaal).toBe(0)
    expect((await helpdesk.lijst(a, { zaakReferentie: 'AV-2022-000001' })).totaal).toBe(1)
    expect((await helpdesk.lijst(a, { zoek: 'bijzondere' })).totaal).toBe(1)
    expect((await helpdesk.lijst(a, { zoek: '%' })).totaal).toBe(1)
    expect(new TextDecoder().decode(await helpdesk.lees(doc))).toBe('%PDF-1.4 a')
  })

  it('publishes a fixed id once (demo data may run at every start)', async () => {
    const s = createDocumentenService(h.db, clock, dataDir, 'helpdesk')
    const input = {
      id: 'a1a1a1a1-0000-4000-8000-000000000001',
      bestuursnummer: b,
      soort: 'brief' as const,
      titel: 'Brief',
      referentie: 'R-1',
      datum: '2022-01-01',
      bestandsnaam: 'brief.pdf',
      contentType: 'application/pdf',
      bytes: pdf('b'),
    }
    await s.publiceer(input)
    await s.publiceer({ ...input, titel: 'Anders' })
    const lijst = await s.lijst(b)
    expect(lijst.documenten.map((d) => d.titel)).toEqual(['Brief'])
  })
})
