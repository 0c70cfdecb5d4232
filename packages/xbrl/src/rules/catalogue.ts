/**
 * Every rule the validator applies, with its id, severity and message in Dutch and English.
 * Ids follow their source: `FR-NL-x.yy` are the Dutch filing rules (NT filing rules, as Arelle's
 * NL plugin numbers them); `XBRL-…` the XBRL 2.1 instance checks; `XML-…` the hardening of the
 * parser; `OCW-…` the taxonomy's own checks (assertions in the taxonomy carry their own ids).
 * Messages are templates: `{naam}` is filled in from the finding's parameters.
 */
import type { Severity } from '../types'

export interface Regel {
  id: string
  severity: Severity
  titel: { nl: string; en: string }
  nl: string
  en: string
}

const r = (
  id: string,
  severity: Severity,
  titel: [string, string],
  nl: string,
  en: string,
): Regel => ({
  id,
  severity,
  titel: { nl: titel[0], en: titel[1] },
  nl,
  en,
})

export const REGELS = {
  'XML-EMPTY': r(
    'XML-EMPTY',
    'error',
    ['Leeg bestand', 'Empty file'],
    'Het bestand is leeg.',
    'The file is empty.',
  ),
  'XML-NOT-XML': r(
    'XML-NOT-XML',
    'error',
    ['Geen XML', 'Not XML'],
    'Dit bestand is geen XML-document ({detail}). Lever de XBRL-instance aan als tekstbestand (.xbrl).',
    'This file is not an XML document ({detailEn}). Submit the XBRL instance as a text file (.xbrl).',
  ),
  'XML-ZIP': r(
    'XML-ZIP',
    'error',
    ['Ingepakt bestand', 'Compressed file'],
    'Dit is een {soort}-bestand, geen XBRL-instance. Pak het uit en lever het .xbrl-bestand zelf aan.',
    'This is a {soort} file, not an XBRL instance. Unpack it and submit the .xbrl file itself.',
  ),
  'XML-MALFORMED': r(
    'XML-MALFORMED',
    'error',
    ['Geen goedgevormde XML', 'Malformed XML'],
    'Het bestand is geen goedgevormde XML: {detail}',
    'The file is not well-formed XML: {detail}',
  ),
  'XML-ENTITY': r(
    'XML-ENTITY',
    'error',
    ['Entiteit', 'Entity'],
    'De entiteit &{naam}; is niet gedefinieerd; entiteiten worden om veiligheidsredenen niet verwerkt.',
    'The entity &{naam}; is not defined; entities are not processed, for security.',
  ),
  'XML-LIMIT-SIZE': r(
    'XML-LIMIT-SIZE',
    'error',
    ['Bestand te groot', 'File too large'],
    'Het bestand is groter dan {max}; het is niet verder gelezen.',
    'The file is larger than {max}; it was not read any further.',
  ),
  'XML-LIMIT-DEPTH': r(
    'XML-LIMIT-DEPTH',
    'error',
    ['Te diep genest', 'Nested too deeply'],
    'Elementen zijn dieper genest dan {max} niveaus; het bestand is niet verder gelezen.',
    'Elements are nested deeper than {max} levels; the file was not read any further.',
  ),
  'XML-LIMIT-ATTRIBUTES': r(
    'XML-LIMIT-ATTRIBUTES',
    'error',
    ['Te veel attributen', 'Too many attributes'],
    'Een element heeft meer dan {max} attributen; het bestand is niet verder gelezen.',
    'An element has more than {max} attributes; the file was not read any further.',
  ),
  'XML-LIMIT-TEXT': r(
    'XML-LIMIT-TEXT',
    'error',
    ['Tekst te lang', 'Text too long'],
    'Een tekst, naam of attribuutwaarde is langer dan {max} tekens; het bestand is niet verder gelezen.',
    'A text, name or attribute value is longer than {max} characters; the file was not read any further.',
  ),
  'XML-LIMIT-COUNT': r(
    'XML-LIMIT-COUNT',
    'error',
    ['Te veel onderdelen', 'Too many parts'],
    'Het bestand bevat meer dan {max} {wat}; het is niet verder gelezen.',
    'The file holds more than {max} {watEn}; it was not read any further.',
  ),

  'FR-NL-1.01': r(
    'FR-NL-1.01',
    'error',
    ['Byte order mark', 'Byte order mark'],
    'Het bestand begint met een byte order mark (BOM, {bom}). Sla het op als UTF-8 zonder BOM.',
    'The file starts with a byte order mark (BOM, {bom}). Save it as UTF-8 without a BOM.',
  ),
  'FR-NL-1.02': r(
    'FR-NL-1.02',
    'error',
    ['Niet toegestaan teken', 'Character not allowed'],
    "Het teken '{teken}' (U+{code}) is niet toegestaan: alleen tekens uit Basic Latin, Latin-1 Supplement en Currency Symbols.",
    "The character '{teken}' (U+{code}) is not allowed: only characters from Basic Latin, Latin-1 Supplement and Currency Symbols.",
  ),
  'FR-NL-1.03': r(
    'FR-NL-1.03',
    'error',
    ['DOCTYPE', 'DOCTYPE'],
    'Een DOCTYPE-declaratie is niet toegestaan. Het bestand is niet verder gelezen: DTD’s en entiteiten worden om veiligheidsredenen niet verwerkt.',
    'A DOCTYPE declaration is not allowed. The file was not read any further: DTDs and entities are not processed, for security.',
  ),
  'FR-NL-1.04': r(
    'FR-NL-1.04',
    'error',
    ['Tekenverwijzing', 'Character reference'],
    'De tekenverwijzing {ref} is niet toegestaan: alleen &lt; &gt; &amp; &apos; &quot; en numerieke verwijzingen naar toegestane tekens.',
    'The character reference {ref} is not allowed: only &lt; &gt; &amp; &apos; &quot; and numeric references to allowed characters.',
  ),
  'FR-NL-1.05': r(
    'FR-NL-1.05',
    'error',
    ['Codering', 'Encoding'],
    'Het bestand moet in UTF-8 zijn gecodeerd: {detail}.',
    'The file must be encoded in UTF-8: {detailEn}.',
  ),
  'FR-NL-1.06': r(
    'FR-NL-1.06',
    'error',
    ['Bestandsnaam', 'File name'],
    "De bestandsnaam '{naam}' mag voor de extensie alleen A-Z, a-z, 0-9, - en _ bevatten.",
    "The file name '{naam}' may contain only A-Z, a-z, 0-9, - and _ before its extension.",
  ),
  'FR-NL-2.04': r(
    'FR-NL-2.04',
    'error',
    ['Meer dan één schemaRef', 'More than one schemaRef'],
    'Het element link:schemaRef mag maar één keer voorkomen.',
    'The element link:schemaRef may occur only once.',
  ),
  'FR-NL-2.05': r(
    'FR-NL-2.05',
    'error',
    ['linkbaseRef', 'linkbaseRef'],
    'Het element link:linkbaseRef mag niet voorkomen.',
    'The element link:linkbaseRef must not occur.',
  ),
  'FR-NL-2.06': r(
    'FR-NL-2.06',
    'error',
    ['CDATA-einde', 'CDATA end'],
    'De reeks ]]> (einde van een CDATA-sectie) mag niet voorkomen.',
    'The sequence ]]> (end of a CDATA section) must not occur.',
  ),
  'FR-NL-2.07': r(
    'FR-NL-2.07',
    'error',
    ['xsi:nil', 'xsi:nil'],
    'Het attribuut xsi:nil mag niet worden gebruikt; laat het feit weg.',
    'The attribute xsi:nil must not be used; leave the fact out.',
  ),
  'FR-NL-5.06': r(
    'FR-NL-5.06',
    'error',
    ['precision', 'precision'],
    'Het attribuut precision mag niet worden gebruikt; gebruik decimals.',
    'The attribute precision must not be used; use decimals.',
  ),
  'FR-NL-5.11': r(
    'FR-NL-5.11',
    'error',
    ['Opgemaakte tekst', 'Formatted text'],
    '{detail}',
    '{detailEn}',
  ),
  'FR-NL-6.01': r(
    'FR-NL-6.01',
    'error',
    ['Voetnoten', 'Footnotes'],
    'Voetnoten (link:footnoteLink) mogen niet voorkomen.',
    'Footnotes (link:footnoteLink) must not occur.',
  ),

  'XBRL-ROOT': r(
    'XBRL-ROOT',
    'error',
    ['Geen XBRL-instance', 'Not an XBRL instance'],
    'Het hoofdelement is {naam}, niet xbrli:xbrl: dit is geen XBRL-instance.',
    'The root element is {naam}, not xbrli:xbrl: this is not an XBRL instance.',
  ),
  'XBRL-SCHEMAREF': r(
    'XBRL-SCHEMAREF',
    'error',
    ['Geen schemaRef', 'No schemaRef'],
    'De instance noemt geen taxonomie (link:schemaRef ontbreekt).',
    'The instance names no taxonomy (link:schemaRef is missing).',
  ),
  'XBRL-TAXONOMY': r(
    'XBRL-TAXONOMY',
    'error',
    ['Onbekende taxonomie', 'Unknown taxonomy'],
    'De taxonomie {href} is niet bekend of niet toegestaan{detail}.',
    'The taxonomy {href} is unknown or not allowed{detailEn}.',
  ),
  'XBRL-CONTEXT-ID': r(
    'XBRL-CONTEXT-ID',
    'error',
    ['Dubbele context', 'Duplicate context'],
    "De context '{id}' is meer dan eens gedefinieerd.",
    "The context '{id}' is defined more than once.",
  ),
  'XBRL-CONTEXT-REF': r(
    'XBRL-CONTEXT-REF',
    'error',
    ['Onbekende context', 'Unknown context'],
    "Het feit verwijst naar context '{ref}', die niet bestaat.",
    "The fact refers to context '{ref}', which does not exist.",
  ),
  'XBRL-CONTEXT-ENTITY': r(
    'XBRL-CONTEXT-ENTITY',
    'error',
    ['Verkeerd bestuur', 'Wrong bestuur'],
    "Context '{id}' noemt {gevonden}; verwacht bestuursnummer {verwacht} met scheme {scheme}.",
    "Context '{id}' names {gevonden}; expected bestuursnummer {verwacht} with scheme {scheme}.",
  ),
  'XBRL-CONTEXT-PERIOD': r(
    'XBRL-CONTEXT-PERIOD',
    'error',
    ['Ongeldige periode', 'Invalid period'],
    "De periode van context '{id}' is ongeldig: {detail}.",
    "The period of context '{id}' is invalid: {detailEn}.",
  ),
  'XBRL-PERIOD-VERSLAGJAAR': r(
    'XBRL-PERIOD-VERSLAGJAAR',
    'error',
    ['Periode buiten verslagjaar', 'Period outside the verslagjaar'],
    "De periode van context '{id}' ({periode}) ligt buiten verslagjaar {jaar}.",
    "The period of context '{id}' ({periode}) lies outside verslagjaar {jaar}.",
  ),
  'XBRL-PERIOD-TYPE': r(
    'XBRL-PERIOD-TYPE',
    'error',
    ['Verkeerd periodetype', 'Wrong period type'],
    'Dit concept vraagt een {verwacht}-periode, maar context {ref} heeft een {gevonden}-periode.',
    'This concept needs an {verwacht} period, but context {ref} has a {gevonden} period.',
  ),
  'XBRL-DIMENSION': r(
    'XBRL-DIMENSION',
    'error',
    ['Dimensies', 'Dimensions'],
    "Context '{id}' gebruikt {wat}; de OCW-jaarverantwoording kent geen dimensies in deze taxonomie.",
    "Context '{id}' uses {wat}; the OCW jaarverantwoording uses no dimensions in this taxonomy.",
  ),
  'XBRL-UNIT-ID': r(
    'XBRL-UNIT-ID',
    'error',
    ['Dubbele eenheid', 'Duplicate unit'],
    "De eenheid '{id}' is meer dan eens gedefinieerd.",
    "The unit '{id}' is defined more than once.",
  ),
  'XBRL-UNIT-REF': r('XBRL-UNIT-REF', 'error', ['Eenheid', 'Unit'], '{detail}', '{detailEn}'),
  'XBRL-UNIT-MONETARY': r(
    'XBRL-UNIT-MONETARY',
    'error',
    ['Geen euro', 'Not euro'],
    "Bedragen moeten in euro's (iso4217:EUR); eenheid '{ref}' is {gevonden}.",
    "Amounts must be in euros (iso4217:EUR); unit '{ref}' is {gevonden}.",
  ),
  'XBRL-UNIT-PURE': r(
    'XBRL-UNIT-PURE',
    'error',
    ['Geen zuiver getal', 'Not a pure number'],
    "Een kengetal heeft eenheid xbrli:pure; eenheid '{ref}' is {gevonden}.",
    "A ratio has unit xbrli:pure; unit '{ref}' is {gevonden}.",
  ),
  'XBRL-DECIMALS': r('XBRL-DECIMALS', 'error', ['decimals', 'decimals'], '{detail}', '{detailEn}'),
  'XBRL-VALUE': r(
    'XBRL-VALUE',
    'error',
    ['Ongeldige waarde', 'Invalid value'],
    "De waarde '{waarde}' is ongeldig: verwacht {type}.",
    "The value '{waarde}' is invalid: expected {typeEn}.",
  ),
  'XBRL-DUPLICATE': r(
    'XBRL-DUPLICATE',
    'error',
    ['Dubbel feit', 'Duplicate fact'],
    '{detail}',
    '{detailEn}',
  ),
  'XBRL-CONCEPT-UNKNOWN': r(
    'XBRL-CONCEPT-UNKNOWN',
    'error',
    ['Onbekend concept', 'Unknown concept'],
    'Het concept {naam} bestaat niet in de taxonomie.',
    'The concept {naam} does not exist in the taxonomy.',
  ),
  'XBRL-CONCEPT-ABSTRACT': r(
    'XBRL-CONCEPT-ABSTRACT',
    'error',
    ['Abstract concept', 'Abstract concept'],
    'Het concept {naam} is een kop (abstract) en kan geen waarde hebben.',
    'The concept {naam} is a heading (abstract) and cannot have a value.',
  ),
  'XBRL-CONTEXT-UNUSED': r(
    'XBRL-CONTEXT-UNUSED',
    'warning',
    ['Ongebruikte context', 'Unused context'],
    "De context '{id}' wordt door geen feit gebruikt.",
    "The context '{id}' is used by no fact.",
  ),
  'XBRL-UNIT-UNUSED': r(
    'XBRL-UNIT-UNUSED',
    'warning',
    ['Ongebruikte eenheid', 'Unused unit'],
    "De eenheid '{id}' wordt door geen feit gebruikt.",
    "The unit '{id}' is used by no fact.",
  ),

  'OCW-CALC': r(
    'OCW-CALC',
    'error',
    ['Optelling klopt niet', 'Sum does not add up'],
    '{totaal} is {waarde}, maar de onderdelen tellen op tot {som} (verschil {verschil}).',
    '{totaalEn} is {waardeEn}, but its parts add up to {somEn} (difference {verschilEn}).',
  ),
  'OCW-FORMULA-UNSUPPORTED': r(
    'OCW-FORMULA-UNSUPPORTED',
    'warning',
    ['Controle niet uitgevoerd', 'Check not run'],
    'De controle {id} van de taxonomie kon niet worden uitgevoerd: {detail}.',
    'The taxonomy check {id} could not be run: {detailEn}.',
  ),
  'OCW-BESTUURSNUMMER': r(
    'OCW-BESTUURSNUMMER',
    'error',
    ['Bestuursnummer', 'Bestuursnummer'],
    'Het bestuursnummer in de documentinformatie ({gevonden}) is niet dat van de context ({verwacht}).',
    'The bestuursnummer in the document information ({gevonden}) differs from the context ({verwacht}).',
  ),
  'OCW-VERSLAGJAAR': r(
    'OCW-VERSLAGJAAR',
    'error',
    ['Verslagjaar', 'Verslagjaar'],
    'Het verslagjaar in de documentinformatie ({gevonden}) is niet het verslagjaar van deze aanlevering ({verwacht}).',
    'The verslagjaar in the document information ({gevonden}) is not the verslagjaar of this submission ({verwacht}).',
  ),
  'OCW-KENGETAL': r(
    'OCW-KENGETAL',
    'warning',
    ['Kengetal wijkt af', 'Ratio differs'],
    'Het gerapporteerde kengetal {naam} ({gerapporteerd}) wijkt af van de berekening uit de cijfers ({berekend}).',
    'The reported ratio {naamEn} ({gerapporteerdEn}) differs from the one computed from the figures ({berekendEn}).',
  ),
} as const satisfies Record<string, Regel>

export type RegelId = keyof typeof REGELS

/** Fills `{naam}` placeholders; unknown ones are left as they are. */
export function vulIn(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))
}
