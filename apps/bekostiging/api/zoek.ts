/**
 * Bekostiging's full-text search (SQLite FTS5, PostgreSQL tsvector `dutch`): aanvragen by their
 * referentie, category and who submitted them; bezwaren by their referentie, grounds and who
 * filed them. The zaakdossier, DUO's queue and the list of aanvragen search with them.
 */
import { zoekIndex } from '@duo/server-kit'

export const aanvraagZoek = zoekIndex({
  tabel: 'bekostiging_aanvraag',
  kolommen: ['referentie', 'categorie', 'ingediend_door'],
})

export const bezwaarZoek = zoekIndex({
  tabel: 'bekostiging_bezwaar',
  kolommen: ['referentie', 'gronden', 'ingediend_door'],
})
