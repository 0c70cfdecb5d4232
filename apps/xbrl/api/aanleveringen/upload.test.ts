import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dialectsUnderTest } from '@duo/server-kit/testing'
import { SOORT, ontvang } from './ontvangst'
import {
  A_2020_V2,
  A_CONCEPT,
  NOW,
  geldigeInstance,
  opgeslagen,
  upload,
  uploadStroom,
  verantwoordingB,
  xbrlTestApp,
  type XbrlTestApp,
} from '../test-support'

const XBRLI = 'xmlns:xbrli="http://www.xbrl.org/2003/instance"'

/** A body of `totaal` bytes made on demand, counting what the server pulled from it. */
function stroom(kop: string, vulling: string, totaal: number) {
  const teller = { gelezen: 0 }
  const stuk = new TextEncoder().encode(
    vulling.repeat(Math.ceil(65536 / vulling.length)).slice(0, 65536),
  )
  let verstuurd = 0
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode(kop))
    },
    pull(c) {
      if (verstuurd >= totaal) return c.close()
      verstuurd += stuk.byteLength
      teller.gelezen += stuk.byteLength
      c.enqueue(stuk)
    },
  })
  return { teller, body }
}

describe.each(dialectsUnderTest)('uploading an instance (%s)', (dialect) => {
  let t: XbrlTestApp
  beforeAll(async () => {
    t = await xbrlTestApp(dialect)
  }, 60_000)
  afterAll(() => t.close())
  beforeEach(() => t.clock.set(NOW))

  const detail = async (id = A_CONCEPT) =>
    (
      await (
        await t.request('GET', `/api/xbrl/aanleveringen/${id}`, { as: 'verantwoording' })
      ).json()
    ).aanlevering

  it('stores the file, queues the validation and shows its progress, then the outcome', async () => {
    const res = await upload(t, A_CONCEPT, geldigeInstance())
    expect(res.status).toBe(202)
    const body = await res.json()
    expect(body.aanlevering.bestand).toMatchObject({
      naam: 'jaarverantwoording-2021.xbrl',
      geuploadDoor: 'Joost van Dijk',
    })
    expect(['wachtend', 'bezig', 'klaar']).toContain(body.aanlevering.validatie.status)
    await t.composed.jobs.idle()
    const a = await detail()
    expect(a).toMatchObject({
      status: 'gevalideerd',
      validatie: { status: 'klaar', fouten: 0, waarschuwingen: 0, voortgang: 100 },
    })
    const job = await t.platformOf('xbrl').jobs.lijst({ soort: 'validatie' })
    expect(job[0]).toMatchObject({ status: 'klaar', resultaat: { opgeslagen: true, fouten: 0 } })
  })

  it('replaces an earlier file: its findings and the file itself go, and it is a concept again', async () => {
    const voor = opgeslagen(t).length
    const fout = geldigeInstance().replace(/(<ocw-i:Voorraden [^>]*>)\d+/, '$1123456')
    expect(
      (await upload(t, A_CONCEPT, fout, { naam: 'jaarverantwoording 2021 (2).xbrl' })).status,
    ).toBe(202)
    await t.composed.jobs.idle()
    expect(opgeslagen(t).length).toBe(voor)
    const a = await detail()
    expect(a.status).toBe('concept')
    // Two sums that no longer add up, and a file name with a space and brackets (FR-NL-1.06).
    expect(a.validatie.fouten).toBe(3)
    const b = await (
      await t.request('GET', `/api/xbrl/aanleveringen/${A_CONCEPT}/bevindingen`, {
        as: 'verantwoording',
      })
    ).json()
    expect(
      b.onderdelen
        .flatMap((o: { bevindingen: Array<{ regelId: string }> }) =>
          o.bevindingen.map((x) => x.regelId),
        )
        .sort(),
    ).toEqual(['FR-NL-1.06', 'OCW-CALC', 'OCW-CALC'])
  })

  it('refuses hostile or non-XBRL files with a clear error, storing nothing and changing nothing', async () => {
    const voor = { bestanden: opgeslagen(t).length, a: await detail() }
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join('')
    const gevallen: Array<[string, string | Uint8Array, RegExp]> = [
      [
        'billion laughs',
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${lol}]><xbrli:xbrl ${XBRLI}>&lol9;</xbrli:xbrl>`,
        /DOCTYPE/,
      ],
      [
        'external entity',
        `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xbrli:xbrl ${XBRLI}>&xxe;</xbrli:xbrl>`,
        /DOCTYPE/,
      ],
      [
        '1.000 deep',
        `<xbrli:xbrl ${XBRLI}>${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</xbrli:xbrl>`,
        /dieper genest dan 64/,
      ],
      ['binary', new Uint8Array(4096).map((_, i) => (i * 7919) % 256), /geen XML-document/],
      ['zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 1, 2, 3]), /zip-bestand/],
      ['empty', '', /leeg/],
    ]
    for (const [naam, inhoud, tekst] of gevallen) {
      const res = await upload(t, A_CONCEPT, inhoud)
      expect(res.status, naam).toBe(400)
      const body = await res.json()
      expect(body.nl, naam).toMatch(tekst)
      expect(body.en.length).toBeGreaterThan(10)
      expect(body.velden[0].veld).toBe('bestand')
    }
    expect(opgeslagen(t).length).toBe(voor.bestanden)
    expect(await detail()).toEqual(voor.a)
    const { entries } = await t
      .platformOf('xbrl')
      .audit.list({ actie: 'xbrl.bestand.geweigerd' } as never)
    expect(entries.length).toBe(gevallen.length)
  })

  it('stops a 2 GB upload: by its Content-Length before reading, and while streaming at a limit', async () => {
    const voor = opgeslagen(t).length
    const klein = stroom(`<xbrli:xbrl ${XBRLI}>`, '<!--x-->', 4096)
    const groot = await uploadStroom(t, A_CONCEPT, klein.body, 'verantwoording', {
      'Content-Length': String(2 * 1024 ** 3),
    })
    expect(groot.status).toBe(413)
    expect((await groot.json()).code).toBe('te-groot')
    // Without a length: one text node of 2 GB is stopped at the text limit, 16 MB in.
    const { teller, body } = stroom(`<xbrli:xbrl ${XBRLI}><a>`, 'xxxxxxxx', 2 * 1024 ** 3)
    const res = await uploadStroom(t, A_CONCEPT, body)
    expect(res.status).toBe(400)
    expect((await res.json()).nl).toMatch(/langer dan/)
    expect(teller.gelezen).toBeLessThan(24 * 1024 * 1024)
    expect(opgeslagen(t).length).toBe(voor)
  })

  it('stops a stream past the size limit and removes what it wrote', async () => {
    const p = t.platformOf('xbrl')
    const { teller, body } = stroom(`<xbrli:xbrl ${XBRLI}>`, '<!--x-->', 2 * 1024 ** 3)
    const voor = opgeslagen(t).length
    await expect(ontvang(body, p.bestanden, p.logger, 1024 * 1024)).rejects.toMatchObject({
      status: 413,
    })
    expect(teller.gelezen).toBeLessThanOrEqual(1024 * 1024 + 2 * 65536)
    expect(opgeslagen(t).length).toBe(voor)
    expect(SOORT).toBe('instances')
  })

  it('decides who may before reading the body: EH2+, no role, another bestuur', async () => {
    const eh2 = await t.loginAs('verantwoording', { niveau: 'EH2+' })
    const b = await verantwoordingB(t)
    for (const [as, code] of [
      [eh2, 403],
      ['beheerder-po', 403],
      [b, 404],
    ] as const) {
      const { teller, body } = stroom(`<xbrli:xbrl ${XBRLI}>`, '<!--x-->', 2 * 1024 ** 3)
      const res = await uploadStroom(t, A_CONCEPT, body, as)
      expect(res.status).toBe(code)
      expect(teller.gelezen).toBeLessThanOrEqual(65536)
    }
  })

  it('refuses a submitted version, a wrong file name, and a closed verslagjaar (from 1 July)', async () => {
    const ingediend = await upload(t, A_2020_V2, geldigeInstance())
    expect(ingediend.status).toBe(409)
    expect((await ingediend.json()).code).toBe('al-ingediend')
    const pdf = await upload(t, A_CONCEPT, geldigeInstance(), { naam: 'jaarrekening.pdf' })
    expect(pdf.status).toBe(400)
    expect((await pdf.json()).velden[0]).toMatchObject({
      veld: 'bestandsnaam',
      nl: expect.stringMatching(/\.xbrl/),
    })
    t.clock.set('2022-07-01T00:00:00+02:00')
    const laat = await upload(t, A_CONCEPT, geldigeInstance())
    expect(laat.status).toBe(409)
    expect((await laat.json()).nl).toMatch(/tot 1 juli 2022/)
    t.clock.set('2022-06-30T23:59:00+02:00')
    expect((await upload(t, A_CONCEPT, geldigeInstance())).status).toBe(202)
    await t.composed.jobs.idle()
  })
  /** A body that sends its first half, then waits for `verder()` before sending the rest. */
  function tweeDelen(xml: string) {
    const bytes = new TextEncoder().encode(xml)
    const helft = Math.floor(bytes.byteLength / 2)
    let verder!: () => void
    const wacht = new Promise<void>((r) => (verder = r))
    let eersteGelezen!: () => void
    const gelezen = new Promise<void>((r) => (eersteGelezen = r))
    let stap = 0
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (stap === 0) {
          stap = 1
          c.enqueue(bytes.slice(0, helft))
        } else if (stap === 1) {
          // Asked for more: the server has read the first half, so its checks are behind it.
          stap = 2
          eersteGelezen()
          await wacht
          c.enqueue(bytes.slice(helft))
        } else c.close()
      },
    })
    return { body, gelezen, verder }
  }

  it('keeps a version submitted or closed while a slow upload was arriving, and drops that file', async () => {
    const db = t.platformOf('xbrl').db as unknown as import('../tables').XbrlDb
    const rij = () =>
      db
        .selectFrom('xbrl_aanlevering')
        .select(['status', 'opslag_naam', 'bestandsnaam'])
        .where('id', '=', A_CONCEPT)
        .executeTakeFirstOrThrow()
    const voor = await rij()
    const bestanden = opgeslagen(t).length

    // Submitted (here: by a colleague, straight in the table) after the upload was let in.
    const traag = tweeDelen(geldigeInstance())
    const antwoord = uploadStroom(t, A_CONCEPT, traag.body)
    await traag.gelezen
    await db
      .updateTable('xbrl_aanlevering')
      .set({ status: 'ingediend' })
      .where('id', '=', A_CONCEPT)
      .execute()
    traag.verder()
    const res = await antwoord
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({
      code: 'gewijzigd',
      nl: expect.stringMatching(/niet bewaard/),
    })
    expect(await rij()).toEqual({ ...voor, status: 'ingediend' })
    expect(opgeslagen(t).length).toBe(bestanden)
    await db
      .updateTable('xbrl_aanlevering')
      .set({ status: voor.status })
      .where('id', '=', A_CONCEPT)
      .execute()

    // The verslagjaar closed (1 July) while the body was arriving.
    t.clock.set('2022-06-30T23:59:00+02:00')
    const laat = tweeDelen(geldigeInstance())
    const antwoord2 = uploadStroom(t, A_CONCEPT, laat.body)
    await laat.gelezen
    t.clock.set('2022-07-01T00:00:01+02:00')
    laat.verder()
    const res2 = await antwoord2
    expect(res2.status).toBe(409)
    expect(await rij()).toEqual(voor)
    expect(opgeslagen(t).length).toBe(bestanden)
  })
})
