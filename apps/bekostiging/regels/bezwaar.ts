/**
 * Bezwaar (objection) against a beschikking or an overzicht vaststelling tellingen: within 6
 * weeks of its date (dagtekening). The period starts the day after the dagtekening and ends at
 * the end of the sixth week (Awb 6:7 and 6:8), so the last day is the dagtekening plus 42 days.
 */
import { datumTekst as dt, plusDagen, type Dag } from './datum'

const BEZWAARTERMIJN_DAGEN = 42
/** DUO decides on a bezwaar within 6 weeks, extendable by 6 (Awb 7:10): 12 weeks as due date (assumed). */
const BEZWAAR_BESLISTERMIJN_DAGEN = 84

export const laatsteBezwaardag = (dagtekening: Dag): Dag =>
  plusDagen(dagtekening, BEZWAARTERMIJN_DAGEN)
export const bezwaarOpen = (dagtekening: Dag, vandaag: Dag) =>
  vandaag <= laatsteBezwaardag(dagtekening)
export const bezwaarBeslisdatum = (ontvangen: Dag): Dag =>
  plusDagen(ontvangen, BEZWAAR_BESLISTERMIJN_DAGEN)

/** Why a bezwaar is refused after the period, with the dates, in both languages. */
export function bezwaarTeLaat(dagtekening: Dag, vandaag: Dag) {
  const tot = laatsteBezwaardag(dagtekening)
  return {
    nl: `De termijn voor bezwaar is voorbij: u kon bezwaar maken tot en met ${dt(tot, 'nl')} (6 weken na de dagtekening van ${dt(dagtekening, 'nl')}). Vandaag is het ${dt(vandaag, 'nl')}.`,
    en: `The period for objection has passed: you could object until ${dt(tot, 'en')} inclusive (6 weeks after the date of ${dt(dagtekening, 'en')}). Today is ${dt(vandaag, 'en')}.`,
  }
}
