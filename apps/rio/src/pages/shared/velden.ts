/**
 * The fields of each kind of object as the forms show them; names are the API's (`gegevens.*`),
 * labels come from the messages (`rio.veld.<naam>`).
 */
import type { Soort } from '../../../api/domein/soorten'

export type { Soort }

export type Lijst =
  'erkenningen' | 'opleidingseenheden' | 'doelgroepen' | 'onderwijsconcepten' | 'contextsoorten'

export interface VeldDef {
  naam: string
  soort: 'tekst' | 'keuze' | 'ja-nee' | 'locaties'
  lijst?: Lijst
  verplicht?: boolean
  autocomplete?: string
  inputmode?: 'numeric' | 'email' | 'tel' | 'url'
  max?: number
}

const tekst = (naam: string, extra: Partial<VeldDef> = {}): VeldDef => ({
  naam,
  soort: 'tekst',
  max: 80,
  ...extra,
})
const keuze = (naam: string, lijst: Lijst): VeldDef => ({
  naam,
  soort: 'keuze',
  lijst,
  verplicht: true,
})

export const VELDEN: Record<Soort, VeldDef[]> = {
  onderwijsbestuur: [
    tekst('naam', { verplicht: true }),
    tekst('internationaleNaam'),
    tekst('kvkNummer', { verplicht: true, inputmode: 'numeric', max: 8 }),
    tekst('rsin', { verplicht: true, inputmode: 'numeric', max: 9 }),
  ],
  onderwijsaanbieder: [
    tekst('naam', { verplicht: true }),
    tekst('internationaleNaam'),
    keuze('erkenningscode', 'erkenningen'),
  ],
  onderwijslocatie: [
    tekst('postcode', { verplicht: true, autocomplete: 'postal-code', max: 7 }),
    tekst('huisnummer', { verplicht: true, inputmode: 'numeric', max: 5 }),
    tekst('toevoeging', { max: 6 }),
    tekst('straatnaam', { verplicht: true, autocomplete: 'address-line1' }),
    tekst('plaatsnaam', { verplicht: true, autocomplete: 'address-level2' }),
  ],
  onderwijslocatiegebruik: [tekst('naam', { verplicht: true })],
  'aangeboden-opleiding': [
    keuze('opleidingseenheidcode', 'opleidingseenheden'),
    tekst('eigenNaam', { verplicht: true }),
    keuze('doelgroep', 'doelgroepen'),
    keuze('onderwijsconcept', 'onderwijsconcepten'),
    { naam: 'bijzondereInrichting', soort: 'ja-nee', verplicht: true },
    { naam: 'onderwijslocatiecodes', soort: 'locaties', verplicht: true },
  ],
  communicatiecontext: [
    keuze('context', 'contextsoorten'),
    tekst('email', { verplicht: true, inputmode: 'email', autocomplete: 'email', max: 254 }),
    tekst('telefoon', { inputmode: 'tel', autocomplete: 'tel', max: 20 }),
    tekst('website', { inputmode: 'url', autocomplete: 'url', max: 200 }),
  ],
}

/** The kind a new object of each kind hangs under, if any. */
export const OUDER_SOORT: Partial<Record<Soort, 'onderwijsaanbieder' | 'eigenaar'>> = {
  'aangeboden-opleiding': 'onderwijsaanbieder',
  communicatiecontext: 'eigenaar',
}

/** The permission that changes each kind (the same table as the API's). */
export const WIJZIG_PERMISSIE = {
  onderwijsbestuur: 'rio.onderwijsbestuur.wijzigen',
  onderwijsaanbieder: 'rio.onderwijsaanbieder.wijzigen',
  onderwijslocatie: 'rio.onderwijslocatiegebruik.wijzigen',
  onderwijslocatiegebruik: 'rio.onderwijslocatiegebruik.wijzigen',
  'aangeboden-opleiding': 'rio.aangeboden-opleiding.wijzigen',
  communicatiecontext: 'rio.contactadres.wijzigen',
} as const satisfies Record<Soort, string>
