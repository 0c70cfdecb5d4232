/** Every audit action of the OSR, with its label for the logboek. */
export const auditActies = {
  'osr.overeenkomst.aangevraagd': {
    nl: 'Overeenkomst OSR aangevraagd',
    en: 'Overeenkomst OSR (register agreement) requested',
  },
  'osr.overeenkomst.vastgelegd': {
    nl: 'Ondertekening overeenkomst OSR vastgelegd (Kennisnet)',
    en: 'Signature of the overeenkomst OSR recorded (Kennisnet)',
  },
  'osr.overeenkomst.afgewezen': {
    nl: 'Aanvraag overeenkomst OSR afgewezen (Kennisnet)',
    en: 'Request for the overeenkomst OSR refused (Kennisnet)',
  },
  'osr.las.gewijzigd': {
    nl: 'Systeem (LAS) van een school gewijzigd',
    en: "A school's system (LAS) changed",
  },
  'osr.mandaat.gegeven': { nl: 'Mandaat gegeven', en: 'Mandaat given' },
  'osr.mandaat.gekopieerd': {
    nl: 'Mandaat gekopieerd naar een school',
    en: 'Mandaat copied to a school',
  },
  'osr.mandaat.beeindigd': {
    nl: 'Einddatum van mandaat vastgelegd',
    en: 'End date of mandaat set',
  },
  'osr.mandaat.ingetrokken': { nl: 'Mandaat ingetrokken', en: 'Mandaat revoked' },
  'osr.systeem.aangemeld': {
    nl: 'Systeem aangemeld door leverancier',
    en: 'System registered by supplier',
  },
  'osr.systeem.goedgekeurd': {
    nl: 'Systeem toegelaten na kwalificatietest (Kennisnet)',
    en: 'System admitted after qualification test (Kennisnet)',
  },
  'osr.systeem.afgewezen': {
    nl: 'Systeem afgewezen (Kennisnet)',
    en: 'System refused (Kennisnet)',
  },
  'osr.endpoint.gewijzigd': {
    nl: 'Endpoint van systeem gewijzigd door leverancier',
    en: 'System endpoint changed by supplier',
  },
  'osr.dienst.gevraagd': {
    nl: 'Dienst vroeg het register naar een mandaat',
    en: 'A dienst asked the register about a mandaat',
  },
} as const
