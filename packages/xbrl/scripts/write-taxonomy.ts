/**
 * Writes the project's OCW taxonomy subset (src/subset/definitie.ts) in the XBRL taxonomy
 * format, as a taxonomy package under taxonomie/ocw-20220216-duo/: META-INF (package and
 * catalog), the dictionary schema with its types and labels, the entry point with its role
 * types, and the presentation, calculation and formula linkbases.
 *
 *   pnpm --filter @duo/xbrl exec node --import tsx scripts/write-taxonomy.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BEREKENINGEN,
  CONCEPTEN,
  PRESENTATIE,
  VERPLICHT,
  WAARDECONTROLES,
  type Boom,
  type SubsetType,
} from '../src/subset/definitie'
import { OCW_NS, OCW_TYPES_NS, ROLLEN, SUBSET_BASIS, SUBSET_ENTRYPOINT } from '../src/subset/namen'

const ROOT = fileURLToPath(new URL('../taxonomie/ocw-20220216-duo/', import.meta.url))
const PAD = 'www.nltaxonomie.nl/nt16/ocw/20220216.duo/'
const x = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function schrijf(rel: string, inhoud: string) {
  const pad = join(ROOT, rel)
  mkdirSync(dirname(pad), { recursive: true })
  writeFileSync(pad, `<?xml version="1.0" encoding="UTF-8"?>\n${inhoud.trim()}\n`)
}

const XMLNS_LINK =
  'xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"'

schrijf(
  'META-INF/taxonomyPackage.xml',
  `
<tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package" xml:lang="nl">
  <tp:identifier>${SUBSET_BASIS}</tp:identifier>
  <tp:name>OCW jaarverantwoording, subset van het DUO-portaal</tp:name>
  <tp:description>Een compacte subset in de vorm van de OCW-extensie op de Nederlandse Taxonomie (NT16), geschreven voor het DUO-portaal: balans, staat van baten en lasten, kasstroomoverzicht, kengetallen en documentinformatie. Geen publicatie van DUO of OCW.</tp:description>
  <tp:version>20220216.duo</tp:version>
  <tp:publisher>DUO-portaal (open source)</tp:publisher>
  <tp:publicationDate>2022-02-16</tp:publicationDate>
  <tp:entryPoints>
    <tp:entryPoint>
      <tp:name>OCW Jaarverantwoording</tp:name>
      <tp:entryPointDocument href="${SUBSET_ENTRYPOINT}"/>
    </tp:entryPoint>
  </tp:entryPoints>
</tp:taxonomyPackage>`,
)

schrijf(
  'META-INF/catalog.xml',
  `
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <rewriteURI uriStartString="${SUBSET_BASIS}" rewritePrefix="../${PAD}"/>
</catalog>`,
)

schrijf(
  `${PAD}dictionary/ocw-types.xsd`,
  `
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" targetNamespace="${OCW_TYPES_NS}" elementFormDefault="qualified">
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <!-- Text with a limited set of escaped XHTML (FR-NL-5.11), as nl-types defines it. -->
  <xs:complexType name="formattedExplanationItemType">
    <xs:simpleContent>
      <xs:restriction base="xbrli:stringItemType"/>
    </xs:simpleContent>
  </xs:complexType>
</xs:schema>`,
)

const TYPE: Record<SubsetType, string> = {
  monetary: 'xbrli:monetaryItemType',
  pure: 'xbrli:pureItemType',
  string: 'xbrli:stringItemType',
  gYear: 'xbrli:gYearItemType',
  date: 'xbrli:dateItemType',
  tekst: 'ocw-types:formattedExplanationItemType',
  abstract: 'xbrli:stringItemType',
}

schrijf(
  `${PAD}dictionary/ocw-data.xsd`,
  `
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" ${XMLNS_LINK} xmlns:ocw-types="${OCW_TYPES_NS}" xmlns:ocw-i="${OCW_NS}" targetNamespace="${OCW_NS}" elementFormDefault="qualified">
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="${OCW_TYPES_NS}" schemaLocation="ocw-types.xsd"/>
${CONCEPTEN.map(
  (c) =>
    `  <xs:element name="${c.naam}" id="ocw-i_${c.naam}" type="${TYPE[c.type]}" substitutionGroup="xbrli:item" xbrli:periodType="${c.periode}"${c.balans ? ` xbrli:balance="${c.balans}"` : ''} abstract="${c.type === 'abstract'}" nillable="false"/>`,
).join('\n')}
</xs:schema>`,
)

for (const taal of ['nl', 'en'] as const)
  schrijf(
    `${PAD}dictionary/ocw-data-lab-${taal}.xml`,
    `
<link:linkbase ${XMLNS_LINK} xmlns:xml="http://www.w3.org/XML/1998/namespace">
  <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
${CONCEPTEN.map(
  (
    c,
  ) => `    <link:loc xlink:type="locator" xlink:href="ocw-data.xsd#ocw-i_${c.naam}" xlink:label="${c.naam}"/>
    <link:label xlink:type="resource" xlink:label="${c.naam}_lbl" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="${taal}">${x(c[taal])}</link:label>
    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="${c.naam}" xlink:to="${c.naam}_lbl"/>`,
).join('\n')}
  </link:labelLink>
</link:linkbase>`,
  )

const loc = (naam: string, pad = '../dictionary/ocw-data.xsd') =>
  `    <link:loc xlink:type="locator" xlink:href="${pad}#ocw-i_${naam}" xlink:label="${naam}"/>`

function presentatieLink(rol: string, bomen: readonly Boom[]): string {
  const locs = new Set<string>()
  const arcs: string[] = []
  const loop = (boom: Boom) => {
    const [ouder, ...kinderen] = typeof boom === 'string' ? [boom] : boom
    locs.add(ouder)
    kinderen.forEach((kind, i) => {
      const naam = typeof kind === 'string' ? kind : kind[0]
      locs.add(naam)
      arcs.push(
        `    <link:presentationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/parent-child" xlink:from="${ouder}" xlink:to="${naam}" order="${i + 1}"/>`,
      )
      loop(kind)
    })
  }
  bomen.forEach(loop)
  return `  <link:presentationLink xlink:type="extended" xlink:role="${rol}">\n${[...locs].map((n) => loc(n)).join('\n')}\n${arcs.join('\n')}\n  </link:presentationLink>`
}

schrijf(
  `${PAD}presentation/ocw-jv-pre.xml`,
  `
<link:linkbase ${XMLNS_LINK}>
${PRESENTATIE.map((p) => `  <link:roleRef roleURI="${p.rol}" xlink:type="simple" xlink:href="../entrypoints/ocw-rpt-jaarverantwoording.xsd#${rolId(p.rol)}"/>`).join('\n')}
${PRESENTATIE.map((p) => presentatieLink(p.rol, p.bomen)).join('\n')}
</link:linkbase>`,
)

schrijf(
  `${PAD}validation/ocw-jv-cal.xml`,
  `
<link:linkbase ${XMLNS_LINK}>
${BEREKENINGEN.map((b) => `  <link:roleRef roleURI="${b.rol}" xlink:type="simple" xlink:href="../entrypoints/ocw-rpt-jaarverantwoording.xsd#${rolId(b.rol)}"/>`).join('\n')}
${BEREKENINGEN.map((b) => {
  const namen = new Set(b.optellingen.flatMap((o) => [o.totaal, ...o.items.map(([n]) => n)]))
  const arcs = b.optellingen.flatMap((o) =>
    o.items.map(
      ([item, gewicht], i) =>
        `    <link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="${o.totaal}" xlink:to="${item}" order="${i + 1}" weight="${gewicht}.0"/>`,
    ),
  )
  return `  <link:calculationLink xlink:type="extended" xlink:role="${b.rol}">\n${[...namen].map((n) => loc(n)).join('\n')}\n${arcs.join('\n')}\n  </link:calculationLink>`
}).join('\n')}
</link:linkbase>`,
)

const label = (naam: string, taal: 'nl' | 'en') =>
  CONCEPTEN.find((c) => c.naam === naam)?.[taal] ?? naam
const bericht = (id: string, taal: 'nl' | 'en', tekst: string) =>
  `    <msg:message xlink:type="resource" xlink:label="${id}_msg_${taal}" xlink:role="http://www.xbrl.org/2010/role/message" xml:lang="${taal}">${x(tekst)}</msg:message>
    <gen:arc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2010/assertion-unsatisfied-message" xlink:from="${id}" xlink:to="${id}_msg_${taal}"/>`
const variabele = (id: string, naam: string, concept: string, extra = '') =>
  `    <variable:factVariable xlink:type="resource" xlink:label="${id}_${naam}" bindAsSequence="false"/>
    <variable:variableArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-set" xlink:from="${id}" xlink:to="${id}_${naam}" name="${naam}"/>
    <cf:conceptName xlink:type="resource" xlink:label="${id}_${naam}_cf"><cf:concept><cf:qname>ocw-i:${concept}</cf:qname></cf:concept></cf:conceptName>
    <variable:variableFilterArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-filter" xlink:from="${id}_${naam}" xlink:to="${id}_${naam}_cf" complement="false" cover="true"/>${extra}`

const bestaan = VERPLICHT.map((naam, i) => {
  const id = `OCW-EA-${String(i + 1).padStart(3, '0')}`
  return `    <ea:existenceAssertion xlink:type="resource" xlink:label="${id}" id="${id}" aspectModel="dimensional" implicitFiltering="true"/>
    <gen:arc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2022/assertion-unsatisfied-severity" xlink:from="${id}" xlink:to="sev_error"/>
${variabele(id, 'feit', naam)}
${bericht(id, 'nl', `De jaarverantwoording moet '${label(naam, 'nl')}' bevatten (ocw-i:${naam}).`)}
${bericht(id, 'en', `The jaarverantwoording must contain '${label(naam, 'en')}' (ocw-i:${naam}).`)}`
})

const waarden = WAARDECONTROLES.map((w) => {
  const vars = w.variabelen.map((v) => {
    const grens = v.grens
      ? `
    <pf:instantDuration xlink:type="resource" xlink:label="${w.id}_${v.naam}_pf" variable="${v.grens.van}" boundary="${v.grens.rand}"/>
    <variable:variableFilterArc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2008/variable-filter" xlink:from="${w.id}_${v.naam}" xlink:to="${w.id}_${v.naam}_pf" complement="false" cover="true"/>`
      : ''
    return variabele(w.id, v.naam, v.concept, grens)
  })
  return `    <va:valueAssertion xlink:type="resource" xlink:label="${w.id}" id="${w.id}" aspectModel="dimensional" implicitFiltering="true" test="${x(w.test)}"/>
    <gen:arc xlink:type="arc" xlink:arcrole="http://xbrl.org/arcrole/2022/assertion-unsatisfied-severity" xlink:from="${w.id}" xlink:to="sev_error"/>
${vars.join('\n')}
${bericht(w.id, 'nl', w.nl)}
${bericht(w.id, 'en', w.en)}`
})

schrijf(
  `${PAD}validation/ocw-jv-for.xml`,
  `
<link:linkbase ${XMLNS_LINK} xmlns:xml="http://www.w3.org/XML/1998/namespace" xmlns:gen="http://xbrl.org/2008/generic" xmlns:va="http://xbrl.org/2008/assertion/value" xmlns:ea="http://xbrl.org/2008/assertion/existence" xmlns:variable="http://xbrl.org/2008/variable" xmlns:cf="http://xbrl.org/2008/filter/concept" xmlns:pf="http://xbrl.org/2008/filter/period" xmlns:msg="http://xbrl.org/2010/message" xmlns:sev="http://xbrl.org/2022/assertion-severity" xmlns:ocw-i="${OCW_NS}">
  <gen:link xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <sev:error xlink:type="resource" xlink:label="sev_error"/>
${[...bestaan, ...waarden].join('\n')}
  </gen:link>
</link:linkbase>`,
)

function rolId(rol: string) {
  return `rol-${rol.split('/').pop()}`
}
const ROLTITELS: Record<string, string> = {
  [ROLLEN.balansSubtotalen]: 'Balans: subtotalen vaste en vlottende activa',
  ...Object.fromEntries(PRESENTATIE.map((p) => [p.rol, p.nl])),
}

schrijf(
  `${PAD}entrypoints/ocw-rpt-jaarverantwoording.xsd`,
  `
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${XMLNS_LINK} targetNamespace="${SUBSET_BASIS}entrypoints/ocw-rpt-jaarverantwoording" elementFormDefault="qualified">
  <xs:annotation>
    <xs:appinfo>
${Object.entries(ROLTITELS)
  .map(
    ([rol, titel]) => `      <link:roleType roleURI="${rol}" id="${rolId(rol)}">
        <link:definition>${x(titel)}</link:definition>
        <link:usedOn>link:presentationLink</link:usedOn>
        <link:usedOn>link:calculationLink</link:usedOn>
      </link:roleType>`,
  )
  .join('\n')}
      <link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:href="../dictionary/ocw-data-lab-nl.xml"/>
      <link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:href="../dictionary/ocw-data-lab-en.xml"/>
      <link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:role="http://www.xbrl.org/2003/role/presentationLinkbaseRef" xlink:href="../presentation/ocw-jv-pre.xml"/>
      <link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:role="http://www.xbrl.org/2003/role/calculationLinkbaseRef" xlink:href="../validation/ocw-jv-cal.xml"/>
      <link:linkbaseRef xlink:type="simple" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase" xlink:href="../validation/ocw-jv-for.xml"/>
    </xs:appinfo>
  </xs:annotation>
  <xs:import namespace="${OCW_NS}" schemaLocation="${SUBSET_BASIS}dictionary/ocw-data.xsd"/>
</xs:schema>`,
)

console.log(`Taxonomie geschreven naar ${ROOT}`)
