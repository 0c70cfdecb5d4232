/**
 * Demo verzoeken handmatige mutatie of each bestuur, one of every state: waiting in DUO's queue
 * (with a bijlage), accepted (the register changed, with its history) and refused with a reason.
 * They are built on rows of the generated register, so their values are real ones.
 */
import type { SectionPlatform } from '@duo/server-kit'
import { BESTUUR_A, demoId, demoPersoonId } from '@duo/server-kit/demo'
import { maakBrief } from '@duo/server-kit/pdf'
import type { RodTables } from '../tables'
import { plusDagen } from '../shared/dagen'
import { volgordeVan } from '../shared/waardelijsten'
import { referentieVoor } from '../handmatige-mutatie/referentie'
import { hoger } from './einde-basisschool'
import type { Rijen } from './register'

type Verzoek = RodTables['rod_mutatieverzoek']

const BEHANDELAAR = 'Saskia Bos (DUO behandelaar ROD)'

export async function demoVerzoeken(platform: SectionPlatform<RodTables>, r: Rijen) {
  const bestuursnummer = r.rod_inschrijving[0]?.bestuursnummer
  if (!bestuursnummer) return
  const isA = bestuursnummer === BESTUUR_A.bestuursnummer
  const school = isA ? '34CD' : r.rod_inschrijving[0]!.instellingscode
  const door = isA
    ? { id: demoPersoonId('schooladmin-34cd'), naam: 'Femke Bos' }
    : { id: null, naam: 'Marloes Jacobs' }
  const verzoek = (
    key: string,
    v: Pick<
      Verzoek,
      'leerling_id' | 'onderdeel' | 'object_id' | 'huidige_waarde' | 'voorgestelde_waarde' | 'reden'
    > &
      Partial<Verzoek>,
  ): Verzoek => {
    const id = demoId(`rod:${bestuursnummer}:verzoek:${key}`)
    const ingediend = v.ingediend_op ?? '2024-03-11T09:14:00.000Z'
    const rij: Verzoek = {
      id,
      referentie: referentieVoor(id, new Date(ingediend)),
      bestuursnummer,
      instellingscode: v.instellingscode ?? school,
      bijlage_naam: null,
      bijlage_type: null,
      bijlage_grootte: null,
      bijlage_opslag: null,
      status: 'ingediend',
      afwijsreden: null,
      ingediend_door_persoon_id: door.id,
      ingediend_door_naam: door.naam,
      ingediend_op: ingediend,
      behandeld_door_naam: null,
      behandeld_op: null,
      ...v,
    }
    r.rod_mutatieverzoek.push(rij)
    return rij
  }

  // Waiting: an uitschrijfdatum the LAS cannot correct any more, with a letter as bijlage.
  const verhuisd = r.rod_inschrijving.find(
    (i) =>
      i.instellingscode === school &&
      i.reden_uitschrijving === 'verhuizing' &&
      i.uitschrijfdatum! >= '2023-09-01',
  )
  if (verhuisd) {
    const bijlage = await maakBrief({
      titel: 'Bevestiging van uitschrijving',
      referentie: 'UIT-2024-0117',
      datum: '2024-03-08',
      aan: ['Leerlingadministratie', `School ${school}`],
      regels: [
        'Hierbij bevestigen wij dat de leerling vanaf de genoemde datum bij onze school staat ingeschreven.',
        'Met vriendelijke groet, de administratie van de ontvangende school',
      ],
    })
    verzoek('wacht', {
      leerling_id: verhuisd.leerling_id,
      onderdeel: 'uitschrijfdatum',
      object_id: verhuisd.id,
      huidige_waarde: verhuisd.uitschrijfdatum,
      voorgestelde_waarde: plusDagen(verhuisd.uitschrijfdatum!, -7),
      reden:
        'De leerling is een week eerder vertrokken dan ons oude LAS heeft doorgegeven. Na de overstap naar een nieuw LAS kunnen wij de uitschrijving daar niet meer aanpassen; de leverancier bevestigt dat.',
      bijlage_naam: 'bevestiging-uitschrijving.pdf',
      bijlage_type: 'application/pdf',
      bijlage_grootte: bijlage.byteLength,
      bijlage_opslag: await platform.bestanden.bewaar('bijlagen', bijlage),
    })
  }

  // Accepted: a leerjaar that should have been a doublure; the register changed, with history.
  const leerjaar = r.rod_leerjaar.find(
    (l) => l.instellingscode === school && l.schooljaar === '2023-2024' && l.leerjaar === 5,
  )
  if (leerjaar) {
    const v = verzoek('geaccepteerd', {
      leerling_id: leerjaar.leerling_id,
      onderdeel: 'leerjaar',
      object_id: leerjaar.id,
      huidige_waarde: '5',
      voorgestelde_waarde: '4',
      reden: 'De leerling doet groep 4 over; het LAS gaf door de migratie leerjaar 5 door.',
      ingediend_op: '2024-01-22T10:02:00.000Z',
      status: 'geaccepteerd',
      behandeld_door_naam: BEHANDELAAR,
      behandeld_op: '2024-01-25T14:30:00.000Z',
    })
    leerjaar.leerjaar = 4
    r.rod_historie.push({
      id: demoId(`rod:${bestuursnummer}:historie:1`),
      leerling_id: leerjaar.leerling_id,
      instellingscode: leerjaar.instellingscode,
      onderdeel: 'leerjaar',
      object_id: leerjaar.id,
      oude_waarde: '5',
      nieuwe_waarde: '4',
      verzoek_id: v.id,
      gewijzigd_op: v.behandeld_op!,
      gewijzigd_door: BEHANDELAAR,
    })
  }

  // Refused: a higher definitief advies the school can correct in its own LAS.
  const advies = r.rod_schooladvies.find(
    (a) => a.instellingscode === school && a.soort === 'definitief' && hoger(a.waarde) !== null,
  )
  if (advies && volgordeVan(advies.waarde) >= 10) {
    verzoek('afgewezen', {
      leerling_id: advies.leerling_id,
      onderdeel: 'schooladvies',
      object_id: advies.id,
      huidige_waarde: advies.waarde,
      voorgestelde_waarde: hoger(advies.waarde)!,
      reden: 'Het definitieve advies is na een gesprek met de ouders bijgesteld.',
      ingediend_op: '2024-04-02T08:45:00.000Z',
      status: 'afgewezen',
      afwijsreden:
        'Een definitief schooladvies past u zelf aan in uw LAS; het wordt dan opnieuw doorgestuurd. Een handmatige mutatie is alleen voor wat school en leverancier niet kunnen herstellen.',
      behandeld_door_naam: BEHANDELAAR,
      behandeld_op: '2024-04-04T11:10:00.000Z',
    })
  }

  // Waiting, at the other school of bestuur A: an inschrijfdatum.
  if (isA) {
    const ander = r.rod_inschrijving.find(
      (i) => i.instellingscode === '12AB' && i.inschrijfdatum >= '2023-09-01' && !i.uitschrijfdatum,
    )
    if (ander)
      verzoek('12ab', {
        leerling_id: ander.leerling_id,
        instellingscode: '12AB',
        onderdeel: 'inschrijfdatum',
        object_id: ander.id,
        huidige_waarde: ander.inschrijfdatum,
        voorgestelde_waarde: plusDagen(ander.inschrijfdatum, -14),
        reden:
          'De leerling kwam twee weken eerder; de inschrijving is in het LAS vastgezet na de bekostigingscontrole.',
        ingediend_door_persoon_id: null,
        ingediend_door_naam: 'Karin de Wit',
        ingediend_op: '2024-03-18T13:20:00.000Z',
      })
  }
}
