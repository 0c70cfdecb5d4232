/**
 * The corpus of invalid instances: for every rule, one small document that breaks it (and, as
 * far as possible, only it), made from a valid instance. The tests validate each and expect
 * its rule; `scripts/write-fixtures.ts` writes them to `fixtures/invalid/` for other tools.
 */
import { VERPLICHT, WAARDECONTROLES } from '../subset/definitie'
import type { Limits } from '../types'
import { prng } from './cijfers'

export interface CorpusGeval {
  regel: string
  omschrijving: string
  /** The name the file is validated under (FR-NL-1.06 needs a bad one). */
  bestandsnaam?: string
  /** Lower limits, where the real ones would need a file of many megabytes. */
  limits?: Partial<Limits>
  maak(geldig: string): string | Uint8Array
}

type Door = string | ((...delen: string[]) => string)
const vervang = (tekst: string, zoek: RegExp | string, door: Door): string => {
  const uit = tekst.replace(zoek, door as string)
  if (uit === tekst) throw new Error(`corpus: '${String(zoek)}' niet gevonden`)
  return uit
}
const voegToe = (tekst: string, xml: string) =>
  vervang(tekst, '</xbrli:xbrl>', `${xml}\n</xbrli:xbrl>`)
/** Every fact of a concept (all its periods). */
const feit = (naam: string) => new RegExp(` {2}<ocw-i:${naam} [^>]*>[^<]*</ocw-i:${naam}>\\n`, 'g')
/** Changes the first value of a concept (its verslagjaar fact) with `bij`. */
const waardeVan = (naam: string, bij: (w: number) => number) => (t: string) =>
  vervang(
    t,
    new RegExp(`(<ocw-i:${naam} contextRef="[DI]\\d{4}"[^>]*>)(-?[\\d.]+)<`),
    (_m, a, w) => `${a}${bij(Number(w))}<`,
  )
const bytes = (...delen: Array<string | number[]>) => {
  const stukken = delen.map((d) =>
    typeof d === 'string' ? new TextEncoder().encode(d) : new Uint8Array(d),
  )
  const uit = new Uint8Array(stukken.reduce((n, s) => n + s.byteLength, 0))
  let i = 0
  for (const s of stukken) uit.set(s, (i += s.byteLength) - s.byteLength)
  return uit
}
const g = (
  regel: string,
  omschrijving: string,
  maak: CorpusGeval['maak'],
  extra: Partial<CorpusGeval> = {},
): CorpusGeval => ({ regel, omschrijving, maak, ...extra })

export const CORPUS: readonly CorpusGeval[] = [
  g('XML-EMPTY', 'een leeg bestand', () => ''),
  g('XML-NOT-XML', 'binaire rommel', () => {
    const r = prng(42)
    return new Uint8Array(Array.from({ length: 2048 }, () => Math.floor(r() * 256)))
  }),
  g('XML-ZIP', 'een zip-bestand met de naam .xbrl', (t) =>
    bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], t.slice(0, 200)),
  ),
  g('XML-MALFORMED', 'het slotelement ontbreekt', (t) => vervang(t, '</xbrli:xbrl>', '')),
  g('XML-ENTITY', 'een verwijzing naar een onbekende entiteit', (t) =>
    vervang(t, /(<ocw-i:Toelichting [^>]*>)/, '$1&nbsp;'),
  ),
  g('XML-LIMIT-SIZE', 'groter dan de limiet', (t) => t, { limits: { maxBytes: 4096 } }),
  g('XML-LIMIT-DEPTH', '1.000 niveaus diep genest', (t) =>
    voegToe(t, '<a>'.repeat(1000) + '</a>'.repeat(1000)),
  ),
  g('XML-LIMIT-ATTRIBUTES', 'een element met 100 attributen', (t) =>
    voegToe(t, `<x ${Array.from({ length: 100 }, (_, i) => `a${i}="1"`).join(' ')}/>`),
  ),
  g('XML-LIMIT-TEXT', 'een tekst langer dan de limiet', (t) => t, {
    limits: { maxTextLength: 200 },
  }),
  g('XML-LIMIT-COUNT', 'meer contexten dan de limiet', (t) => t, { limits: { maxContexts: 2 } }),

  g('FR-NL-1.01', 'een UTF-8 byte order mark', (t) => bytes([0xef, 0xbb, 0xbf], t)),
  g('FR-NL-1.02', 'een typografisch aanhalingsteken (U+2019)', (t) =>
    vervang(t, /(<ocw-i:Toelichting [^>]*>)/, '$1Het bestuur\u2019s '),
  ),
  g('FR-NL-1.03', 'een DOCTYPE met entiteiten (billion laughs)', (t) =>
    vervang(
      t,
      '<xbrli:xbrl ',
      `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n<xbrli:xbrl `,
    ),
  ),
  g('FR-NL-1.04', 'een numerieke verwijzing naar U+2019', (t) =>
    vervang(t, /(<ocw-i:Toelichting [^>]*>)/, '$1bestuur&#8217;s '),
  ),
  g('FR-NL-1.05', 'de XML-declaratie noemt ISO-8859-1', (t) =>
    vervang(t, 'encoding="UTF-8"', 'encoding="ISO-8859-1"'),
  ),
  g('FR-NL-1.06', 'een bestandsnaam met een spatie', (t) => t, {
    bestandsnaam: 'jaarverantwoording 2021.xbrl',
  }),
  g('FR-NL-2.04', 'twee keer link:schemaRef', (t) =>
    vervang(t, /( {2}<link:schemaRef [^>]*\/>\n)/, '$1$1'),
  ),
  g('FR-NL-2.05', 'een link:linkbaseRef', (t) =>
    vervang(
      t,
      /( {2}<link:schemaRef [^>]*\/>\n)/,
      '$1  <link:linkbaseRef xlink:type="simple" xlink:href="extra.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>\n',
    ),
  ),
  g('FR-NL-2.06', 'een CDATA-sectie', (t) =>
    vervang(t, /(<ocw-i:Toelichting [^>]*>)/, '$1<![CDATA[tekst]]>'),
  ),
  g('FR-NL-2.07', 'xsi:nil op een feit', (t) =>
    vervang(
      t,
      /<ocw-i:DatumVaststelling contextRef="(D\d{4})">[^<]*<\/ocw-i:DatumVaststelling>/,
      '<ocw-i:DatumVaststelling contextRef="$1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>',
    ),
  ),
  g('FR-NL-5.06', 'precision in plaats van decimals', (t) =>
    vervang(t, /(<ocw-i:Voorraden [^>]*)decimals="0"/, '$1precision="INF"'),
  ),
  g('FR-NL-5.11', 'een script-element in opgemaakte tekst', (t) =>
    vervang(t, /(<ocw-i:Bestuursverslag [^>]*>)/, '$1&lt;script&gt;alert(1)&lt;/script&gt;'),
  ),
  g('FR-NL-6.01', 'een voetnoot', (t) =>
    voegToe(
      t,
      '  <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link"/>',
    ),
  ),

  g(
    'XBRL-ROOT',
    'geen xbrli:xbrl als hoofdelement',
    () => '<?xml version="1.0" encoding="UTF-8"?>\n<jaarverantwoording/>\n',
  ),
  g('XBRL-SCHEMAREF', 'geen link:schemaRef', (t) =>
    vervang(t, / {2}<link:schemaRef [^>]*\/>\n/, ''),
  ),
  g('XBRL-TAXONOMY', 'een onbekende taxonomie', (t) =>
    vervang(
      t,
      /xlink:href="[^"]*ocw-rpt-jaarverantwoording.xsd"/,
      'xlink:href="http://www.nltaxonomie.nl/nt99/ocw/onbekend.xsd"',
    ),
  ),
  g('XBRL-CONTEXT-ID', 'een context twee keer', (t) =>
    vervang(t, /( {2}<xbrli:context id="I\d{4}">.*\n)/, '$1$1'),
  ),
  g('XBRL-CONTEXT-REF', 'een feit met een onbekende context', (t) =>
    vervang(t, /<ocw-i:Voorraden contextRef="I\d{4}"/, '<ocw-i:Voorraden contextRef="BESTAATNIET"'),
  ),
  g('XBRL-CONTEXT-ENTITY', 'het bestuursnummer van een ander bestuur', (t) =>
    t.replace(/(<xbrli:identifier [^>]*>)\d+</g, '$199999<'),
  ),
  g('XBRL-CONTEXT-PERIOD', 'een einddatum die niet bestaat', (t) =>
    vervang(t, /<xbrli:endDate>(\d{4})-12-31/, '<xbrli:endDate>$1-02-30'),
  ),
  g('XBRL-PERIOD-VERSLAGJAAR', 'een periode in een ander jaar', (t) =>
    vervang(
      t,
      /<xbrli:instant>(\d{4})-12-31<\/xbrli:instant><\/xbrli:period><\/xbrli:context>\n {2}<xbrli:context id="I/,
      (_m, j) =>
        `<xbrli:instant>${Number(j) + 1}-12-31</xbrli:instant></xbrli:period></xbrli:context>\n  <xbrli:context id="I`,
    ),
  ),
  g('XBRL-PERIOD-TYPE', 'een duurconcept met een moment-context', (t) =>
    vervang(t, /<ocw-i:TotaalBaten contextRef="D(\d{4})"/, '<ocw-i:TotaalBaten contextRef="I$1"'),
  ),
  g('XBRL-DIMENSION', 'een segment in een context', (t) =>
    vervang(
      t,
      /(<xbrli:context id="I\d{4}"><xbrli:entity><xbrli:identifier [^>]*>\d+<\/xbrli:identifier>)/,
      '$1<xbrli:segment><x xmlns="urn:x">1</x></xbrli:segment>',
    ),
  ),
  g('XBRL-UNIT-ID', 'een eenheid twee keer', (t) =>
    vervang(t, /( {2}<xbrli:unit id="EUR">.*\n)/, '$1$1'),
  ),
  g('XBRL-UNIT-REF', 'een bedrag zonder eenheid', (t) =>
    vervang(t, /(<ocw-i:Voorraden [^>]*) unitRef="EUR"/, '$1'),
  ),
  g('XBRL-UNIT-MONETARY', 'een bedrag in dollars', (t) =>
    vervang(
      t,
      '<xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR',
      '<xbrli:unit id="EUR"><xbrli:measure>iso4217:USD',
    ),
  ),
  g('XBRL-UNIT-PURE', 'een kengetal in euro', (t) =>
    vervang(t, /(<ocw-i:Rentabiliteit [^>]*)unitRef="PURE"/, '$1unitRef="EUR"'),
  ),
  g('XBRL-DECIMALS', 'een bedrag zonder decimals', (t) =>
    vervang(t, /(<ocw-i:Voorraden [^>]*) decimals="0"/, '$1'),
  ),
  g('XBRL-VALUE', 'een bedrag in woorden', (t) =>
    vervang(t, /(<ocw-i:Voorraden [^>]*>)\d+</, '$1twaalf<'),
  ),
  g('XBRL-DUPLICATE', 'hetzelfde feit twee keer met een andere waarde', (t) =>
    vervang(
      t,
      /( {2}<ocw-i:NaamBestuur [^>]*>)([^<]*)(<\/ocw-i:NaamBestuur>\n)/,
      '$1$2$3$1Een andere naam$3',
    ),
  ),
  g('XBRL-CONCEPT-UNKNOWN', 'een concept dat niet bestaat', (t) =>
    voegToe(t, '  <ocw-i:BestaatNiet contextRef="D2021">1</ocw-i:BestaatNiet>'),
  ),
  g('XBRL-CONCEPT-ABSTRACT', 'een waarde bij een kop', (t) =>
    voegToe(t, '  <ocw-i:BalansTitel contextRef="D2021">Balans</ocw-i:BalansTitel>'),
  ),
  g('XBRL-CONTEXT-UNUSED', 'een context zonder feiten', (t) =>
    vervang(
      t,
      /( {2}<xbrli:unit id="EUR">)/,
      '  <xbrli:context id="LEEG"><xbrli:entity><xbrli:identifier scheme="http://www.duo.nl/bestuursnummer">41234</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2021-12-31</xbrli:instant></xbrli:period></xbrli:context>\n$1',
    ),
  ),
  g('XBRL-UNIT-UNUSED', 'een eenheid zonder feiten', (t) =>
    vervang(
      t,
      /( {2}<xbrli:unit id="EUR">)/,
      '  <xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n$1',
    ),
  ),

  g(
    'OCW-CALC',
    'een post die niet optelt tot het totaal',
    waardeVan('Voorraden', (w) => w + 1000),
  ),
  g('OCW-BESTUURSNUMMER', 'een ander bestuursnummer in de documentinformatie', (t) =>
    vervang(t, /(<ocw-i:Bestuursnummer [^>]*>)\d+</, '$140567<'),
  ),
  g('OCW-VERSLAGJAAR', 'een ander verslagjaar in de documentinformatie', (t) =>
    vervang(t, /(<ocw-i:Verslagjaar [^>]*>)(\d{4})</, (_m, a, j) => `${a}${Number(j) - 1}<`),
  ),
  g(
    'OCW-KENGETAL',
    'een gerapporteerde rentabiliteit die niet klopt',
    waardeVan('Rentabiliteit', () => 0.5),
  ),

  ...VERPLICHT.map((naam, i) =>
    g(`OCW-EA-${String(i + 1).padStart(3, '0')}`, `het verplichte feit ${naam} ontbreekt`, (t) =>
      vervang(t, feit(naam), ''),
    ),
  ),
  g('OCW-VA-001', 'totaal activa is niet gelijk aan totaal passiva', (t) =>
    waardeVan('TotaalPassiva', (w) => w + 500)(waardeVan('KortTermijnSchulden', (w) => w + 500)(t)),
  ),
  g('OCW-VA-002', 'de liquide middelen aan het begin passen niet bij de kasstroom', (t) =>
    vervang(
      t,
      /(<ocw-i:LiquideMiddelen contextRef="I\d{4}"[^>]*>)(\d+)(<\/ocw-i:LiquideMiddelen>\n {2}<ocw-i:Rentabiliteit)/,
      (_m, a, w, b) => `${a}${Number(w) + 10_000}${b}`,
    ),
  ),
  g(
    'OCW-VA-003',
    'negatieve voorzieningen',
    waardeVan('Voorzieningen', (w) => -w),
  ),
  g(
    'OCW-VA-004',
    'totaal baten nul',
    waardeVan('TotaalBaten', () => 0),
  ),
  g('OCW-VA-005', 'negatieve liquide middelen', (t) =>
    t.replace(/(<ocw-i:LiquideMiddelen contextRef="I\d{4}"[^>]*>)(\d+)</, '$1-$2<'),
  ),
]

/** The ids of the taxonomy's own value assertions, for the corpus test. */
export const WAARDECONTROLE_IDS = WAARDECONTROLES.map((w) => w.id)
