import { describe, expect, it } from 'vitest'
import { CORPUS_BASIS } from '../generator/fixtures'
import { genereerInstance } from '../generator/instance'
import { taxonomies, valideer } from '../node/test-support'
import { validateInstance } from '../validate'

const geldig = genereerInstance(CORPUS_BASIS)
const XBRLI = 'xmlns:xbrli="http://www.xbrl.org/2003/instance"'

/** A stream of `totaal` bytes made on demand, counting how much of it was ever read. */
function stroom(kop: string, vulling: string, totaal: number) {
  const teller = { gelezen: 0, gesloten: false }
  const stuk = new TextEncoder().encode(
    vulling.repeat(Math.ceil(65536 / vulling.length)).slice(0, 65536),
  )
  async function* maak() {
    try {
      yield new TextEncoder().encode(kop)
      for (let n = 0; n < totaal; n += stuk.byteLength) {
        teller.gelezen += stuk.byteLength
        yield stuk
      }
    } finally {
      teller.gesloten = true
    }
  }
  return { teller, bytes: maak() }
}

describe('hostile input', () => {
  it('refuses a billion-laughs document at its DOCTYPE, without expanding anything', async () => {
    const lol = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join('')
    const r = await valideer(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${lol}]><xbrli:xbrl ${XBRLI}>&lol9;</xbrli:xbrl>`,
    )
    expect(r.aborted).toBe(true)
    expect(r.perRule['FR-NL-1.03']).toBe(1)
    expect(r.bevindingen.find((b) => b.ruleId === 'FR-NL-1.03')?.nl).toMatch(/DOCTYPE/)
  })

  it('never resolves an external entity: the DOCTYPE stops it, and a bare reference is refused', async () => {
    const xxe = await valideer(
      `<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xbrli:xbrl ${XBRLI}>&xxe;</xbrli:xbrl>`,
    )
    expect(xxe.aborted).toBe(true)
    expect(xxe.perRule['FR-NL-1.03']).toBe(1)
    expect(JSON.stringify(xxe)).not.toMatch(/root:/)
    const kaal = await valideer(`<xbrli:xbrl ${XBRLI}><a>&xxe;</a></xbrli:xbrl>`)
    expect(kaal.bevindingen.find((b) => b.ruleId === 'XML-ENTITY')?.nl).toMatch(/&xxe;/)
  })

  it('stops 1,000-deep nesting at the depth limit', async () => {
    const r = await valideer(
      `<xbrli:xbrl ${XBRLI}>${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}</xbrli:xbrl>`,
    )
    expect(r.aborted).toBe(true)
    expect(r.bevindingen[0]).toMatchObject({ ruleId: 'XML-LIMIT-DEPTH', line: 1 })
  })

  it('stops a 2 GB stream at the size limit and stops reading it', async () => {
    const { teller, bytes } = stroom(`<xbrli:xbrl ${XBRLI}>`, '<!--x-->', 2 * 1024 ** 3)
    const maxBytes = 8 * 1024 * 1024
    const r = await validateInstance(bytes, {
      taxonomies: await taxonomies(),
      limits: { maxBytes },
    })
    expect(r.aborted).toBe(true)
    expect(r.bevindingen.map((b) => b.ruleId)).toEqual(['XML-LIMIT-SIZE'])
    expect(teller.gelezen).toBeLessThanOrEqual(maxBytes + 65536)
    expect(teller.gesloten).toBe(true)
  })

  it('stops a 2 GB text node at the text limit, with the default limits', async () => {
    const { teller, bytes } = stroom(`<xbrli:xbrl ${XBRLI}><a>`, 'xxxxxxxx', 2 * 1024 ** 3)
    const r = await validateInstance(bytes, { taxonomies: await taxonomies() })
    expect(r.bevindingen.map((b) => b.ruleId)).toEqual(['XML-LIMIT-TEXT'])
    expect(teller.gelezen).toBeLessThan(20 * 1024 * 1024)
    expect(teller.gesloten).toBe(true)
  })

  it('stops an endless comment, attribute value or element name at 1 MB', async () => {
    for (const kop of ['<!--', '<a b="', '<aaaa']) {
      const { teller, bytes } = stroom(`<xbrli:xbrl ${XBRLI}>${kop}`, 'aaaaaaaa', 2 * 1024 ** 3)
      const r = await validateInstance(bytes, { taxonomies: await taxonomies() })
      expect(
        r.bevindingen.map((b) => b.ruleId),
        kop,
      ).toEqual(['XML-LIMIT-TEXT'])
      expect(teller.gelezen).toBeLessThan(2 * 1024 * 1024)
    }
  })

  it('refuses binary garbage and a zip named .xbrl by what they are', async () => {
    const rommel = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect((await valideer(rommel)).bevindingen.map((b) => b.ruleId)).toEqual(['XML-NOT-XML'])
    const zip = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      20,
      0,
      0,
      0,
      8,
      0,
      ...new TextEncoder().encode(geldig.slice(0, 100)),
    ])
    const r = await valideer(zip, { fileName: 'jaarverantwoording.xbrl' })
    expect(r.bevindingen).toHaveLength(1)
    expect(r.bevindingen[0]).toMatchObject({ ruleId: 'XML-ZIP', severity: 'error' })
    expect(r.bevindingen[0]!.nl).toMatch(/zip-bestand/)
  })

  it('refuses text that does not look like XML, and UTF-16', async () => {
    expect((await valideer('Bestuursnummer;41234\n')).bevindingen.map((b) => b.ruleId)).toEqual([
      'XML-NOT-XML',
    ])
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(new TextEncoder().encode('<a/>')).flatMap((b) => [b, 0]),
    ])
    const r = await valideer(utf16)
    expect(r.aborted).toBe(true)
    expect(Object.keys(r.perRule).sort()).toEqual(['FR-NL-1.01', 'FR-NL-1.05'])
  })

  it('stops an attribute bomb and a flood of contexts at their limits', async () => {
    const attributen = Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(' ')
    expect(
      (await valideer(`<xbrli:xbrl ${XBRLI}><x ${attributen}/></xbrli:xbrl>`)).bevindingen[0]
        ?.ruleId,
    ).toBe('XML-LIMIT-ATTRIBUTES')
    const ctx = (i: number) =>
      `<xbrli:context id="c${i}"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2021-12-31</xbrli:instant></xbrli:period></xbrli:context>`
    const veel = `<xbrli:xbrl ${XBRLI}>${Array.from({ length: 10_001 }, (_, i) => ctx(i)).join('')}</xbrli:xbrl>`
    const r = await valideer(veel)
    expect(r.aborted).toBe(true)
    expect(r.bevindingen[0]?.ruleId).toBe('XML-LIMIT-COUNT')
    expect(r.instance.contexts).toBe(10_000)
  })

  it('never fetches a taxonomy: an address no package holds is reported, not downloaded', async () => {
    const r = await valideer(
      geldig.replace(/xlink:href="[^"]+"/, 'xlink:href="http://127.0.0.1:9/x.xsd"'),
      {
        config: { entryPoints: [] },
      },
    )
    expect(r.bevindingen.find((b) => b.ruleId === 'XBRL-TAXONOMY')?.nl).toMatch(
      /staat niet in een taxonomiepakket/,
    )
  })
})
