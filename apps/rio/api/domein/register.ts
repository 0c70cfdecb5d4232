/**
 * A bestuur's register in memory: its objects with all their versions, for checking a change
 * as a whole before anything is written. Loaded from the database (`register/store.ts`) or
 * built in tests; a change adds to it, never alters what was there.
 */
import type { Dag } from './datum'
import type { Soort } from './soorten'
import { bestaansperiodes, tijdlijn, type Segment, type TijdVersie } from './tijdlijn'

export interface RegisterObject {
  id: string
  code: string
  soort: Soort
  ouderId: string | null
}

export interface RegisterVersie extends TijdVersie {
  id: string
  objectId: string
  wijzigingId: string
  /** The object's data from `begindatum`; null on a version that ends the object. */
  gegevens: Record<string, unknown> | null
}

/** An instellingserkenning the bestuur's aanbieders may rest on; dates unknown: null. */
export interface Erkenning {
  erkenningscode: string
  naam: string
  begindatum: Dag | null
  einddatum: Dag | null
}

export class Register {
  readonly objecten = new Map<string, RegisterObject>()
  private readonly perCode = new Map<string, RegisterObject>()
  private readonly versiesPerObject = new Map<string, RegisterVersie[]>()
  private readonly kinderenPerOuder = new Map<string, RegisterObject[]>()
  private readonly segmentCache = new Map<string, Segment<RegisterVersie>[]>()

  constructor(
    readonly bestuur: { bestuursnummer: string; onderwijsbestuurcode: string },
    readonly erkenningen: ReadonlyMap<string, Erkenning> = new Map(),
  ) {}

  voegObjectToe(o: RegisterObject): void {
    this.objecten.set(o.id, o)
    this.perCode.set(o.code, o)
    if (o.ouderId) {
      const lijst = this.kinderenPerOuder.get(o.ouderId) ?? []
      lijst.push(o)
      this.kinderenPerOuder.set(o.ouderId, lijst)
    }
  }

  voegVersieToe(v: RegisterVersie): void {
    const lijst = this.versiesPerObject.get(v.objectId) ?? []
    lijst.push(v)
    this.versiesPerObject.set(v.objectId, lijst)
    this.segmentCache.delete(v.objectId)
  }

  opCode(code: string): RegisterObject | undefined {
    return this.perCode.get(code)
  }

  versies(objectId: string): readonly RegisterVersie[] {
    return this.versiesPerObject.get(objectId) ?? []
  }

  kinderen(ouderId: string, soort?: Soort): RegisterObject[] {
    const lijst = this.kinderenPerOuder.get(ouderId) ?? []
    return soort ? lijst.filter((o) => o.soort === soort) : lijst
  }

  vanSoort(soort: Soort): RegisterObject[] {
    return [...this.objecten.values()].filter((o) => o.soort === soort)
  }

  /** The object's timeline (cached until a version is added). */
  segmenten(objectId: string): Segment<RegisterVersie>[] {
    let s = this.segmentCache.get(objectId)
    if (!s) this.segmentCache.set(objectId, (s = tijdlijn(this.versies(objectId))))
    return s
  }

  /** Where the object exists: its segments merged into periods. */
  levensloop(objectId: string) {
    return bestaansperiodes(this.segmenten(objectId))
  }

  /** The gebruik of a locatie by this bestuur, if registered. */
  gebruikVan(locatieId: string): RegisterObject | undefined {
    return this.kinderen(locatieId, 'onderwijslocatiegebruik')[0]
  }

  /** The onderwijsbestuur object, if registered. */
  onderwijsbestuur(): RegisterObject | undefined {
    return this.vanSoort('onderwijsbestuur')[0]
  }
}
