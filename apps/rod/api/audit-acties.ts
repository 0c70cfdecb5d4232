/**
 * Every action ROD writes to the audit log, with its label for the bestuur's logboek. Reads of
 * a child's personal data are here too: who read which pupil (by id and masked PGN), when.
 */
import type { Label } from '@duo/server-kit'

export const rodAuditActies: Record<string, Label> = {
  'rod.leerlingdossier.geraadpleegd': {
    nl: 'Leerlingdossier geraadpleegd',
    en: 'Leerlingdossier (pupil file) viewed',
  },
  'rod.leerling.gezocht': {
    nl: 'Leerling gezocht in ROD',
    en: 'Pupil searched for in ROD',
  },
  'rod.kwaliteitscontrolebestand.geraadpleegd': {
    nl: 'Kwaliteitscontrolebestand geraadpleegd',
    en: 'Kwaliteitscontrolebestand (quality control file) viewed',
  },
  'rod.kwaliteitscontrolebestand.gedownload': {
    nl: 'Kwaliteitscontrolebestand gedownload',
    en: 'Kwaliteitscontrolebestand (quality control file) downloaded',
  },
  'rod.bestand.aangevraagd': {
    nl: 'Bestand schooladviezen of niveau vo aangevraagd',
    en: 'File with schooladviezen or niveau vo requested',
  },
  'rod.bestand.gedownload': {
    nl: 'Bestand schooladviezen of niveau vo gedownload',
    en: 'File with schooladviezen or niveau vo downloaded',
  },
  'rod.handmatige-mutatie.ingediend': {
    nl: 'Verzoek handmatige mutatie ingediend',
    en: 'Request for a manual change (handmatige mutatie) submitted',
  },
  'rod.handmatige-mutatie.geaccepteerd': {
    nl: 'Verzoek handmatige mutatie geaccepteerd door DUO',
    en: 'Request for a manual change accepted by DUO',
  },
  'rod.handmatige-mutatie.afgewezen': {
    nl: 'Verzoek handmatige mutatie afgewezen door DUO',
    en: 'Request for a manual change refused by DUO',
  },
}
