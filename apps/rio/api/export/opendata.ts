/**
 * The bestuur's register on a date in the shape of RIO's open data (the field names of the RIO
 * LOD API: `onderwijsaanbiederID`, `inBedrijfdatum`, …, and their `uri`). Communicatiecontexten
 * are left out: they are the one part of RIO that is not open data.
 */
import { stringify } from 'csv-stringify/sync'
import type { Stand } from '../register/store'

const LOD = 'http://lod.onderwijsregistratie.nl/rio/id'

export const EXPORTSOORTEN = [
  'onderwijsbesturen',
  'onderwijsaanbieders',
  'onderwijslocaties',
  'onderwijslocatiegebruiken',
  'aangebodenOpleidingen',
] as const
export type ExportSoort = (typeof EXPORTSOORTEN)[number]

type Rij = Record<string, string | number | boolean | null>

const tekst = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v))

/** Every open-data list of the register on this date. */
export function openData(stand: readonly Stand[]): Record<ExportSoort, Rij[]> {
  const perId = new Map(stand.map((s) => [s.id, s]))
  const code = (id: string | null) => (id ? (perId.get(id)?.code ?? null) : null)
  const van = (soort: Stand['soort']) => stand.filter((s) => s.soort === soort)
  const bestuur = van('onderwijsbestuur')[0]
  const looptijd = (s: Stand) => ({ inBedrijfdatum: s.inBedrijf, uitBedrijfdatum: s.uitBedrijf })
  return {
    onderwijsbesturen: van('onderwijsbestuur').map((s) => ({
      bestuurID: s.code,
      naam: tekst(s.gegevens.naam),
      internationaleNaam: tekst(s.gegevens.internationaleNaam),
      kVKnummer: tekst(s.gegevens.kvkNummer),
      rSIN: tekst(s.gegevens.rsin),
      ...looptijd(s),
      uri: `${LOD}/Onderwijsbestuur/${s.code}`,
    })),
    onderwijsaanbieders: van('onderwijsaanbieder').map((s) => ({
      onderwijsaanbiederID: s.code,
      naam: tekst(s.gegevens.naam),
      internationaleNaam: tekst(s.gegevens.internationaleNaam),
      onderwijsinstellingserkenning: tekst(s.gegevens.erkenningscode),
      onderwijsbestuur: bestuur?.code ?? null,
      ...looptijd(s),
      uri: `${LOD}/Onderwijsaanbieder/${s.code}`,
    })),
    onderwijslocaties: van('onderwijslocatie').map((s) => ({
      code: s.code,
      postcode: tekst(s.gegevens.postcode),
      huisnummer: Number(s.gegevens.huisnummer),
      huisnummertoevoeging: tekst(s.gegevens.toevoeging),
      straatnaam: tekst(s.gegevens.straatnaam),
      plaatsnaam: tekst(s.gegevens.plaatsnaam),
      ...looptijd(s),
      uri: `${LOD}/Onderwijslocatie/${s.code}`,
    })),
    onderwijslocatiegebruiken: van('onderwijslocatiegebruik').map((s) => ({
      id: s.code,
      naam: tekst(s.gegevens.naam),
      onderwijsbestuur: bestuur?.code ?? null,
      onderwijslocatie: code(s.ouderId),
      ...looptijd(s),
      uri: `${LOD}/Onderwijslocatiegebruik/${s.code}`,
    })),
    aangebodenOpleidingen: van('aangeboden-opleiding').map((s) => ({
      aangebodenOpleidingCode: s.code,
      opleidingseenheidcode: tekst(s.gegevens.opleidingseenheidcode),
      eigenNaam: tekst(s.gegevens.eigenNaam),
      doelgroep: tekst(s.gegevens.doelgroep),
      onderwijsconcept: tekst(s.gegevens.onderwijsconcept),
      bijzondereInrichting: s.gegevens.bijzondereInrichting === true,
      onderwijsaanbieder: code(s.ouderId),
      onderwijslocaties: ((s.gegevens.onderwijslocatiecodes as string[]) ?? []).join('|'),
      begindatum: s.inBedrijf,
      einddatum: s.uitBedrijf,
      uri: `${LOD}/AangebodenPoOpleiding/${s.code}`,
    })),
  }
}

/**
 * One list as CSV the way DUO publishes open data (`;`-separated, a header line, UTF-8 with a
 * byte-order mark so spreadsheets read the accents), every cell that a spreadsheet would run as
 * a formula neutralised by csv-stringify's `escape_formulas`.
 */
export function alsCsv(rijen: readonly Rij[], kolommen: readonly string[]): string {
  return (
    '\uFEFF' +
    stringify(
      rijen.map((r) => kolommen.map((k) => r[k] ?? '')),
      {
        header: true,
        columns: [...kolommen],
        delimiter: ';',
        escape_formulas: true,
        quoted_string: true,
        record_delimiter: 'windows',
      },
    )
  )
}

/** The columns of each list, in the order of RIO's open data (also for an empty list). */
export const KOLOMMEN: Record<ExportSoort, string[]> = {
  onderwijsbesturen: [
    'bestuurID',
    'naam',
    'internationaleNaam',
    'kVKnummer',
    'rSIN',
    'inBedrijfdatum',
    'uitBedrijfdatum',
    'uri',
  ],
  onderwijsaanbieders: [
    'onderwijsaanbiederID',
    'naam',
    'internationaleNaam',
    'onderwijsinstellingserkenning',
    'onderwijsbestuur',
    'inBedrijfdatum',
    'uitBedrijfdatum',
    'uri',
  ],
  onderwijslocaties: [
    'code',
    'postcode',
    'huisnummer',
    'huisnummertoevoeging',
    'straatnaam',
    'plaatsnaam',
    'inBedrijfdatum',
    'uitBedrijfdatum',
    'uri',
  ],
  onderwijslocatiegebruiken: [
    'id',
    'naam',
    'onderwijsbestuur',
    'onderwijslocatie',
    'inBedrijfdatum',
    'uitBedrijfdatum',
    'uri',
  ],
  aangebodenOpleidingen: [
    'aangebodenOpleidingCode',
    'opleidingseenheidcode',
    'eigenNaam',
    'doelgroep',
    'onderwijsconcept',
    'bijzondereInrichting',
    'onderwijsaanbieder',
    'onderwijslocaties',
    'begindatum',
    'einddatum',
    'uri',
  ],
}
