/**
 * The diensten (services) of the OSR that po uses, and from when a school needs a mandaat for
 * each. The dates are data, not code: the register warns a bestuur from that day on when a
 * school has no mandaat in the dienst.
 */
import type { Label } from '@duo/server-kit'

export const DIENSTEN = ['rod-po', 'verzuim', 'rio', 'doorstroomtoets', 'oso'] as const
export type Dienst = (typeof DIENSTEN)[number]

export interface DienstDefinitie {
  code: Dienst
  naam: Label
  /** What the dienst exchanges, one line. */
  omschrijving: Label
  /**
   * From this Dutch calendar day every school needs a mandaat in this dienst (warning when it has
   * none); null: the dienst is optional.
   */
  verplichtVanaf: string | null
}

export const DIENST_DEFINITIES: Readonly<Record<Dienst, DienstDefinitie>> = {
  'rod-po': {
    code: 'rod-po',
    naam: { nl: 'ROD PO', en: 'ROD PO (register of pupils)' },
    omschrijving: {
      nl: 'In- en uitschrijvingen van leerlingen naar het Register Onderwijsdeelnemers.',
      en: 'Enrolments and de-registrations of pupils to the Register Onderwijsdeelnemers.',
    },
    // ROD replaced BRON po on 3 January 2022.
    verplichtVanaf: '2022-01-03',
  },
  verzuim: {
    code: 'verzuim',
    naam: { nl: 'Verzuim', en: 'Verzuim (absence)' },
    omschrijving: {
      nl: 'Verzuimmeldingen naar het verzuimregister in ROD.',
      en: 'Absence reports to the absence register in ROD.',
    },
    verplichtVanaf: null,
  },
  rio: {
    code: 'rio',
    naam: { nl: 'RIO', en: 'RIO (register of institutions and programmes)' },
    omschrijving: {
      nl: 'Gegevens van scholen, locaties en aangeboden opleidingen uit RIO.',
      en: 'Data on schools, locations and programmes from RIO.',
    },
    // Kennisnet: a RIO mandaat is needed from January 2022.
    verplichtVanaf: '2022-01-01',
  },
  doorstroomtoets: {
    code: 'doorstroomtoets',
    naam: { nl: 'Doorstroomtoets po', en: 'Doorstroomtoets po (transition test)' },
    omschrijving: {
      nl: 'Logistiek proces doorstroomtoets (voorheen eindtoets): aanmelden en uitslagen.',
      en: 'Logistics of the transition test (formerly eindtoets): registration and results.',
    },
    // The eindtoets mandaat had to be given before 1 December 2020.
    verplichtVanaf: '2020-12-01',
  },
  oso: {
    code: 'oso',
    naam: { nl: 'OSO (overstapservice)', en: 'OSO (transfer service)' },
    omschrijving: {
      nl: 'Het overstapdossier als een leerling naar een andere school gaat.',
      en: 'The transfer file when a pupil moves to another school.',
    },
    verplichtVanaf: null,
  },
}

/** Whether the dienst is required for every school on `vandaag` (`YYYY-MM-DD`). */
export function verplichtOp(dienst: Dienst, vandaag: string): boolean {
  const vanaf = DIENST_DEFINITIES[dienst].verplichtVanaf
  return vanaf !== null && vandaag >= vanaf
}

/** The default machine client of each dienst at the token broker (`dienst-<code>`). */
export const STANDAARD_DIENST_CLIENTS: Readonly<Record<string, Dienst>> = Object.fromEntries(
  DIENSTEN.map((d) => [`dienst-${d}`, d]),
)
