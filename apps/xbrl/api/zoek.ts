/**
 * The XBRL section's full-text search: aanleveringen by their referentie (`JV-2025-4F7A2C`, or
 * a part of it), the bestuursnummer and the words of the file's name.
 */
import { zoekIndex } from '@duo/server-kit'

export const aanleveringZoek = zoekIndex({
  tabel: 'xbrl_aanlevering',
  kolommen: ['referentie', 'bestuursnummer', 'bestandsnaam'],
})
