import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, dialectsUnderTest, type TestApp } from '@duo/server-kit/testing'
import xbrlApi from '../index'
import { getAanlevering, nieuwBestand } from '../aanleveringen/store'
import { SOORT } from '../aanleveringen/ontvangst'
import { A_CONCEPT, NOW, geldigeInstance } from '../test-support'
import { validatieJob } from './job'

describe.each(dialectsUnderTest)('the validation job (%s)', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW, sections: [xbrlApi] })
  }, 60_000)
  afterAll(() => t.close())

  async function metBestand(xml: string) {
    const p = t.platformOf('xbrl')
    const opslagNaam = await p.bestanden.bewaar(SOORT, new TextEncoder().encode(xml))
    const a = (await getAanlevering(p.db as never, A_CONCEPT))!
    await nieuwBestand(
      p.db as never,
      a,
      {
        naam: 'jv.xbrl',
        opslagNaam,
        grootte: xml.length,
        jobId: null,
        door: { naam: 'Test', persoonId: null as never },
      },
      new Date(NOW),
    )
    return opslagNaam
  }

  it('reports its progress step by step and stores the outcome', async () => {
    const p = t.platformOf('xbrl')
    // A large instance, so reading it takes several reports.
    const xml = geldigeInstance().replace(
      /(<ocw-i:Bestuursverslag [^>]*>)/,
      `$1${'&lt;p&gt;Tekst van het bestuursverslag.&lt;/p&gt;'.repeat(40_000)}`,
    )
    const opslagNaam = await metBestand(xml)
    const stappen: Array<{ procent: number; stap?: { nl: string; en: string } }> = []
    const uitkomst = await validatieJob(p as never)({
      id: 'j1',
      data: { aanleveringId: A_CONCEPT, opslagNaam },
      bestuursnummer: '41234',
      persoonId: null,
      voortgang: async (procent, stap) => void stappen.push({ procent, ...(stap ? { stap } : {}) }),
    })
    expect(uitkomst).toEqual({ opgeslagen: true, fouten: 0, waarschuwingen: 0 })
    expect(stappen.length).toBeGreaterThan(5)
    expect(stappen.map((s) => s.procent)).toEqual(
      [...stappen.map((s) => s.procent)].sort((a, b) => a - b),
    )
    expect(stappen.find((s) => s.stap?.nl.startsWith('Bestand lezen'))?.stap?.en).toMatch(
      /^Reading and checking the file \([\d.]+ MB\)$/,
    )
    expect((await getAanlevering(p.db as never, A_CONCEPT))?.status).toBe('gevalideerd')
  })

  it('drops the outcome for a file that was replaced while it ran', async () => {
    const p = t.platformOf('xbrl')
    const oud = await metBestand(geldigeInstance())
    await metBestand(geldigeInstance().replace('41234', '99999'))
    const uitkomst = await validatieJob(p as never)({
      id: 'j2',
      data: { aanleveringId: A_CONCEPT, opslagNaam: oud },
      bestuursnummer: '41234',
      persoonId: null,
      voortgang: async () => {},
    })
    expect(uitkomst.opgeslagen).toBe(false)
    expect((await getAanlevering(p.db as never, A_CONCEPT))?.gevalideerd).toBeNull()
  })
})
