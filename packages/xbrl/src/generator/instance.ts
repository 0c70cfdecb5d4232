/**
 * Writes valid XBRL instances of the OCW jaarverantwoording on the project's taxonomy subset:
 * for the demo, the tests (fast-check draws seeds) and the benchmark (`tekstBytes` grows the
 * text blocks, the way real filings grow, to any size, written piece by piece).
 */
import { CONCEPTEN } from '../subset/definitie'
import { BESTUURSNUMMER_SCHEME, OCW_NS, SUBSET_ENTRYPOINT } from '../subset/namen'
import { kengetallenVan, maakCijfers, prng } from './cijfers'

export interface InstanceOpties {
  bestuursnummer: string
  naamBestuur: string
  verslagjaar: number
  seed?: number
  scheme?: string
  /** Roughly how many bytes of text blocks to write (for large test files). */
  tekstBytes?: number
}

const TEKSTEN = CONCEPTEN.filter((c) => c.type === 'tekst').map((c) => c.naam)

const ZINNEN = [
  'Het bestuur heeft in het verslagjaar gewerkt aan de kwaliteit van het onderwijs op alle scholen.',
  'De leerlingaantallen zijn stabiel; de prognose laat een lichte daling zien in de komende vijf jaar.',
  'De continuïteit van de organisatie is gewaarborgd: de reserves liggen boven de signaleringswaarden.',
  'Het personeelsbeleid richt zich op behoud van leraren en op de inzet van onderwijsassistenten.',
  'De middelen uit het Nationaal Programma Onderwijs zijn ingezet voor extra ondersteuning van leerlingen.',
  'Investeringen in gebouwen volgen het meerjarenonderhoudsplan; er zijn geen grote afwijkingen.',
  'De bezoldiging van de topfunctionarissen blijft binnen het WNT-maximum van de klasse van het bestuur.',
  'Na balansdatum hebben zich geen gebeurtenissen voorgedaan die het beeld van de jaarrekening wijzigen.',
]

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The escaped XHTML of a text block: paragraphs, sometimes a table. */
function alinea(r: () => number): string {
  const n = 2 + Math.floor(r() * 3)
  const zinnen = Array.from({ length: n }, () => ZINNEN[Math.floor(r() * ZINNEN.length)]).join(' ')
  if (r() < 0.15)
    return esc(
      `<table><tr><th>Omschrijving</th><th>Bedrag</th></tr><tr><td>${ZINNEN[0]!.slice(0, 30)}</td><td>€ ${Math.floor(r() * 100_000)}</td></tr></table>`,
    )
  return esc(`<p>${zinnen}</p>`)
}

/**
 * The instance in pieces of text, in document order.
 * @example
 * for (const stuk of instanceDelen({ bestuursnummer: '41234', naamBestuur: 'De Linde', verslagjaar: 2021 })) out.write(stuk)
 */
export function* instanceDelen(o: InstanceOpties): Generator<string> {
  const seed = o.seed ?? 1
  const { jaar, begin } = maakCijfers(seed)
  const kengetallen = kengetallenVan(jaar)
  const j = o.verslagjaar
  const scheme = o.scheme ?? BESTUURSNUMMER_SCHEME
  const context = (id: string, periode: string) =>
    `  <xbrli:context id="${id}"><xbrli:entity><xbrli:identifier scheme="${scheme}">${o.bestuursnummer}</xbrli:identifier></xbrli:entity><xbrli:period>${periode}</xbrli:period></xbrli:context>\n`
  yield `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:ocw-i="${OCW_NS}" xml:lang="nl">
  <link:schemaRef xlink:type="simple" xlink:href="${SUBSET_ENTRYPOINT}"/>
`
  yield context(
    `D${j}`,
    `<xbrli:startDate>${j}-01-01</xbrli:startDate><xbrli:endDate>${j}-12-31</xbrli:endDate>`,
  )
  yield context(`I${j}`, `<xbrli:instant>${j}-12-31</xbrli:instant>`)
  yield context(`I${j - 1}`, `<xbrli:instant>${j - 1}-12-31</xbrli:instant>`)
  yield `  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
  <xbrli:unit id="PURE"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
`
  const feit = (naam: string, ctx: string, waarde: string, extra = '') =>
    `  <ocw-i:${naam} contextRef="${ctx}"${extra}>${waarde}</ocw-i:${naam}>\n`
  yield feit('Bestuursnummer', `D${j}`, o.bestuursnummer)
  yield feit('NaamBestuur', `D${j}`, esc(o.naamBestuur))
  yield feit('Verslagjaar', `D${j}`, String(j))
  yield feit(
    'DatumVaststelling',
    `D${j}`,
    `${j + 1}-05-${String(10 + (seed % 18)).padStart(2, '0')}`,
  )
  for (const c of CONCEPTEN) {
    if (c.type !== 'monetary' || jaar[c.naam] === undefined) continue
    yield feit(
      c.naam,
      c.periode === 'instant' ? `I${j}` : `D${j}`,
      String(jaar[c.naam]),
      ' unitRef="EUR" decimals="0"',
    )
  }
  for (const [naam, waarde] of Object.entries(begin))
    yield feit(naam, `I${j - 1}`, String(waarde), ' unitRef="EUR" decimals="0"')
  yield feit(
    'Rentabiliteit',
    `D${j}`,
    String(kengetallen.Rentabiliteit),
    ' unitRef="PURE" decimals="4"',
  )
  yield feit(
    'SolvabiliteitII',
    `I${j}`,
    String(kengetallen.SolvabiliteitII),
    ' unitRef="PURE" decimals="4"',
  )
  yield feit(
    'Liquiditeit',
    `I${j}`,
    String(kengetallen.Liquiditeit),
    ' unitRef="PURE" decimals="4"',
  )

  const r = prng(seed ^ 0x5f3759df)
  const perTekst = Math.ceil((o.tekstBytes ?? 0) / TEKSTEN.length)
  for (const naam of TEKSTEN) {
    yield `  <ocw-i:${naam} contextRef="D${j}">${alinea(r)}`
    for (let geschreven = 0; geschreven < perTekst;) {
      const stuk = Array.from({ length: 64 }, () => alinea(r)).join('')
      geschreven += stuk.length
      yield stuk
    }
    yield `</ocw-i:${naam}>\n`
  }
  yield `  <ocw-i:Toelichting contextRef="D${j}">Jaarverantwoording ${j} van ${esc(o.naamBestuur)}.</ocw-i:Toelichting>\n`
  yield '</xbrli:xbrl>\n'
}

/** The whole instance as one string (for small instances). */
export const genereerInstance = (o: InstanceOpties): string => [...instanceDelen(o)].join('')

/** The instance as UTF-8 chunks, never all of it in memory (for large instances). */
export async function* instanceBytes(o: InstanceOpties): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder()
  let buffer = ''
  for (const stuk of instanceDelen(o)) {
    buffer += stuk
    if (buffer.length >= 64 * 1024) {
      yield encoder.encode(buffer)
      buffer = ''
    }
  }
  if (buffer) yield encoder.encode(buffer)
}
