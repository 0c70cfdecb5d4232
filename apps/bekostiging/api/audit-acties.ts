/** Every action bekostiging writes to the audit log, with its label for the logboek. */
export const auditActies = {
  'bekostiging.concept.bewaard': { nl: 'Concept-aanvraag bewaard', en: 'Draft application saved' },
  'bekostiging.concept.verwijderd': {
    nl: 'Concept-aanvraag verwijderd',
    en: 'Draft application deleted',
  },
  'bekostiging.aanvraag.ingediend': {
    nl: 'Aanvraag bijzondere bekostiging ingediend',
    en: 'Application for special funding submitted',
  },
  'bekostiging.aanvraag.ingetrokken': { nl: 'Aanvraag ingetrokken', en: 'Application withdrawn' },
  'bekostiging.aanvraag.in-behandeling-genomen': {
    nl: 'Aanvraag in behandeling genomen (DUO)',
    en: 'Application taken into handling (DUO)',
  },
  'bekostiging.aanvraag.besloten': {
    nl: 'Beschikking op aanvraag genomen (DUO)',
    en: 'Decision (beschikking) on application taken (DUO)',
  },
  'bekostiging.bezwaar.ingediend': { nl: 'Bezwaar ingediend', en: 'Objection (bezwaar) filed' },
  'bekostiging.bezwaar.in-behandeling-genomen': {
    nl: 'Bezwaar in behandeling genomen (DUO)',
    en: 'Objection taken into handling (DUO)',
  },
  'bekostiging.bezwaar.besloten': {
    nl: 'Beslissing op bezwaar genomen (DUO)',
    en: 'Decision on objection taken (DUO)',
  },
  'bekostiging.statustoekenningen.gedownload': {
    nl: 'Statustoekenningen (leerlinggegevens) gedownload',
    en: 'Funding statuses (pupil data) downloaded',
  },
  'bekostiging.bekostiging.geexporteerd': {
    nl: 'Bekostigingsgegevens geëxporteerd',
    en: 'Funding data exported',
  },
}
