/**
 * The rules of a mandaat that need the database or the clock: the system must be approved for
 * the dienst, the startdatum may not lie in the past, the einddatum not before the start, and a
 * school has at most one mandaat per dienst on any day.
 */
import { conflict, ongeldigeInvoer, type VeldFout } from '@duo/server-kit'
import { DIENST_DEFINITIES, type Dienst } from '../shared/diensten'
import type { OsrDb } from '../tables'
import { getSysteem, type Systeem } from '../systemen/store'
import { overlappend, type Mandaat } from './store'

const datumNl = (d: string) => d.split('-').reverse().join('-')

/** The approved system that supports the dienst, or 400 on `systeemId`. */
export async function systeemVoor(db: OsrDb, systeemId: string, dienst: Dienst): Promise<Systeem> {
  const systeem = await getSysteem(db, systeemId)
  if (!systeem || systeem.status !== 'goedgekeurd')
    throw ongeldigeInvoer(
      [
        {
          veld: 'systeemId',
          nl: 'Kies een systeem uit het register',
          en: 'Choose a system from the register',
        },
      ],
      'Dit systeem staat niet (meer) in het register.',
      'This system is not (or no longer) in the register.',
    )
  if (!systeem.diensten.includes(dienst)) {
    const naam = DIENST_DEFINITIES[dienst].naam
    throw ongeldigeInvoer(
      [
        {
          veld: 'systeemId',
          nl: `${systeem.naam} is niet gekwalificeerd voor ${naam.nl}`,
          en: `${systeem.naam} is not qualified for ${naam.en}`,
        },
      ],
      `${systeem.naam} kan geen mandaat krijgen voor ${naam.nl}.`,
      `${systeem.naam} cannot be given a mandaat for ${naam.en}.`,
    )
  }
  return systeem
}

/** The period's own problems: start not before today, end not before start (or today). */
export function periodeFouten(
  periode: { startdatum: string; einddatum: string | null },
  vandaag: string,
): VeldFout[] {
  const fouten: VeldFout[] = []
  if (periode.startdatum < vandaag)
    fouten.push({
      veld: 'startdatum',
      nl: `De startdatum mag niet in het verleden liggen (vandaag is ${datumNl(vandaag)})`,
      en: `The start date cannot be in the past (today is ${datumNl(vandaag)})`,
    })
  if (periode.einddatum !== null && periode.einddatum < periode.startdatum)
    fouten.push({
      veld: 'einddatum',
      nl: 'De einddatum mag niet voor de startdatum liggen',
      en: 'The end date cannot be before the start date',
    })
  return fouten
}

export function weigerPeriode(fouten: VeldFout[]): void {
  if (fouten.length)
    throw ongeldigeInvoer(
      fouten,
      fouten.map((f) => f.nl).join('. ') + '.',
      fouten.map((f) => f.en).join('. ') + '.',
    )
}

/** 409 naming the mandaat in the way, when the period overlaps another of the school's. */
export async function geenOverlap(
  db: OsrDb,
  periode: {
    instellingscode: string
    dienst: Dienst
    startdatum: string
    einddatum: string | null
    behalve?: string
  },
  vandaag: string,
): Promise<void> {
  const [ander] = await overlappend(db, periode, vandaag)
  if (ander) throw overlapFout(ander)
}

function overlapFout(ander: Mandaat) {
  const naam = DIENST_DEFINITIES[ander.dienst].naam
  const tot = ander.einddatum ? ` tot en met ${datumNl(ander.einddatum)}` : ''
  const until = ander.einddatum ? ` until ${datumNl(ander.einddatum)}` : ''
  return conflict(
    'overlap',
    `School ${ander.instellingscode} heeft al een mandaat voor ${naam.nl} aan ${ander.systeem.naam} vanaf ${datumNl(ander.startdatum)}${tot}. Geef een periode die daar niet mee overlapt, of beëindig dat mandaat eerst.`,
    `School ${ander.instellingscode} already has a mandaat for ${naam.en} to ${ander.systeem.naam} from ${datumNl(ander.startdatum)}${until}. Choose a period that does not overlap it, or end that mandaat first.`,
  )
}
