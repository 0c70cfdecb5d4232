/** The helpdesk's full-text search: meldingen by the words of their onderwerp and referentie. */
import { zoekIndex } from '@duo/server-kit'

export const meldingZoek = zoekIndex({
  tabel: 'helpdesk_melding',
  kolommen: ['onderwerp', 'referentie'],
})
