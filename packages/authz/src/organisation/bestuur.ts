/** A school (erkenning) of a bestuur, with its vestigingen and its RIO onderwijsaanbieder. */
export interface School {
  instellingscode: string
  naam: string
  vestigingscodes: string[]
  onderwijsaanbiedercode: string
}

/**
 * An onderwijsbestuur with its schools. Treat it as immutable: lookups are memoised
 * per `scholen` array.
 */
export interface Bestuur {
  bestuursnummer: string
  kvk: string
  onderwijsbestuurcode: string
  naam: string
  /** Whether the bestuur signed the overeenkomst OSR with Kennisnet. */
  osrOvereenkomstGetekend: boolean
  scholen: School[]
}

/** Where a kenmerk lies inside a bestuur. */
export type Location = { level: 'bestuur' } | { level: 'school'; school: School }

const BESTUUR: Location = { level: 'bestuur' }
const indexes = new WeakMap<readonly School[], Map<string, School>>()

function schoolIndex(bestuur: Bestuur): Map<string, School> {
  let index = indexes.get(bestuur.scholen)
  if (!index) {
    index = new Map()
    for (const school of bestuur.scholen) {
      index.set(school.instellingscode, school)
      index.set(school.onderwijsaanbiedercode, school)
      for (const v of school.vestigingscodes) index.set(v, school)
    }
    indexes.set(bestuur.scholen, index)
  }
  return index
}

/**
 * Finds the organisation a kenmerk names inside this bestuur, or null when it names
 * nothing here (another bestuur, or no organisation at all).
 *
 * @example locate('21AZ', bestuur) // { level: 'school', school: { instellingscode: '21AZ', … } }
 */
export function locate(kenmerk: string, bestuur: Bestuur): Location | null {
  if (kenmerk === bestuur.bestuursnummer || kenmerk === bestuur.onderwijsbestuurcode) return BESTUUR
  const school = schoolIndex(bestuur).get(kenmerk)
  return school ? { level: 'school', school } : null
}

/** A school of the bestuur by instellingscode or onderwijsaanbiedercode. */
export function findSchool(bestuur: Bestuur, code: string): School | undefined {
  return schoolIndex(bestuur).get(code)
}

/**
 * Whether a kenmerk covers data at `school` (null: the bestuur itself). A bestuur-level
 * kenmerk (bestuursnummer, onderwijsbestuurcode) covers the bestuur and everything under
 * it; a school-level kenmerk (instellingscode, onderwijsaanbiedercode) covers only that
 * school. Never anything of another bestuur.
 *
 * @example covers('41234', bestuur, school) // true when bestuur.bestuursnummer is '41234'
 */
export function covers(kenmerk: string, bestuur: Bestuur, school: School | null): boolean {
  if (kenmerk === bestuur.bestuursnummer || kenmerk === bestuur.onderwijsbestuurcode) return true
  return (
    school !== null &&
    (kenmerk === school.instellingscode || kenmerk === school.onderwijsaanbiedercode)
  )
}
