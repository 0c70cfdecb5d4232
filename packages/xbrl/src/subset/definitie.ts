/**
 * The project's compact OCW taxonomy subset as data: its concepts, their presentation,
 * calculation relations and assertions. `scripts/write-taxonomy.ts` writes it out in the XBRL
 * taxonomy format (schema + label, presentation, calculation and formula linkbases) under
 * `taxonomie/`; the validator reads only those XBRL files, never this module. The instance
 * generator uses it to fill in the facts.
 */
export { CONCEPTEN, type SubsetType } from './concepten'
export { BEREKENINGEN, PRESENTATIE, type Boom } from './structuur'
export { VERPLICHT, WAARDECONTROLES } from './controles'
