/**
 * Per school and dienst: the mandaat that counts today, the next one, and a warning when a school
 * lacks a mandaat in a dienst it needs one for (ROD PO, RIO, Doorstroomtoets, from their dates).
 */
import type { Label } from '@duo/server-kit'
import { DIENSTEN, DIENST_DEFINITIES, verplichtOp, type Dienst } from '../shared/diensten'
import { plusDagen } from '../shared/datum'
import type { Mandaat } from '../mandaten/store'

/** How many days before its end a mandaat without a successor is flagged. */
const LOOPT_AF_DAGEN = 30

interface Waarschuwing {
  code: 'ontbreekt' | 'ontbreekt-tot' | 'loopt-af'
  nl: string
  en: string
}

export interface DienstStand {
  dienst: Dienst
  naam: Label
  verplicht: boolean
  /** The mandaat that counts today. */
  actief: Mandaat | null
  /** The first one that starts later. */
  volgend: Mandaat | null
  waarschuwing: Waarschuwing | null
}

const datumNl = (d: string) => d.split('-').reverse().join('-')

function waarschuwingVoor(
  dienst: Dienst,
  actief: Mandaat | null,
  volgend: Mandaat | null,
  vandaag: string,
): Waarschuwing | null {
  if (!verplichtOp(dienst, vandaag)) return null
  const naam = DIENST_DEFINITIES[dienst].naam
  if (!actief && !volgend)
    return {
      code: 'ontbreekt',
      nl: `Geen mandaat voor ${naam.nl}. Zonder mandaat kan het LAS van deze school geen gegevens uitwisselen met ${naam.nl}.`,
      en: `No mandaat for ${naam.en}. Without one, this school's LAS cannot exchange data with ${naam.en}.`,
    }
  if (!actief && volgend)
    return {
      code: 'ontbreekt-tot',
      nl: `Geen mandaat voor ${naam.nl} tot ${datumNl(volgend.startdatum)}, wanneer het volgende mandaat ingaat.`,
      en: `No mandaat for ${naam.en} until ${datumNl(volgend.startdatum)}, when the next one starts.`,
    }
  if (actief?.einddatum && actief.einddatum <= plusDagen(vandaag, LOOPT_AF_DAGEN)) {
    const aansluitend = volgend && volgend.startdatum <= plusDagen(actief.einddatum, 1)
    if (!aansluitend)
      return {
        code: 'loopt-af',
        nl: `Het mandaat voor ${naam.nl} loopt af op ${datumNl(actief.einddatum)} en er is geen nieuw mandaat.`,
        en: `The mandaat for ${naam.en} ends on ${datumNl(actief.einddatum)} and there is no new one.`,
      }
  }
  return null
}

/** The state of every dienst of one school, from the school's running mandaten. */
export function standVanSchool(lopend: Mandaat[], vandaag: string): DienstStand[] {
  return DIENSTEN.map((dienst) => {
    const vanDienst = lopend.filter((m) => m.dienst === dienst)
    const actief = vanDienst.find((m) => m.status === 'actief') ?? null
    const volgend =
      vanDienst
        .filter((m) => m.status === 'toekomstig')
        .sort((a, b) => a.startdatum.localeCompare(b.startdatum))[0] ?? null
    return {
      dienst,
      naam: DIENST_DEFINITIES[dienst].naam,
      verplicht: verplichtOp(dienst, vandaag),
      actief,
      volgend,
      waarschuwing: waarschuwingVoor(dienst, actief, volgend, vandaag),
    }
  })
}
