import { describe, expect, it } from 'vitest'
import { genereerRegister } from './register'
import { pgnSoort } from '../shared/pgn'
import { adviesRegels, controleerAdviesvolgorde } from '../shared/schooljaar'

const scholen = [
  { bestuursnummer: '41234', instellingscode: '12AB', vestigingscodes: ['12AB00'] },
  { bestuursnummer: '41234', instellingscode: '34CD', vestigingscodes: ['34CD00'] },
]
const opties = {
  sleutel: 'rod:test',
  schooljaren: ['2021-2022', '2022-2023', '2023-2024'],
  perLeerjaar: 20,
  idVan: (k: string) => k,
}

describe('the generated register', () => {
  const r = genereerRegister(scholen, opties)

  it('is the same on every run (seeded), and another key gives another register', () => {
    expect(genereerRegister(scholen, opties)).toEqual(r)
    expect(
      genereerRegister(scholen, { ...opties, sleutel: 'rod:ander' }).rod_leerling[0]!.pgn,
    ).not.toBe(r.rod_leerling[0]!.pgn)
  })

  it('gives every pupil a valid, unique PGN, some of them an onderwijsnummer', () => {
    const pgns = r.rod_leerling.map((l) => l.pgn)
    expect(new Set(pgns).size).toBe(pgns.length)
    expect(r.rod_leerling.every((l) => pgnSoort(l.pgn)?.soort === l.pgn_soort)).toBe(true)
    expect(r.rod_leerling.some((l) => l.pgn_soort === 'onderwijsnummer')).toBe(true)
  })

  it('keeps the advies rule of every schooljaar, and has both regimes', () => {
    const paren = new Map<string, Record<string, string>>()
    for (const a of r.rod_schooladvies) {
      const k = `${a.leerling_id}:${a.schooljaar}`
      paren.set(k, { ...paren.get(k), [a.soort]: a.waarde, sj: a.schooljaar })
    }
    for (const p of paren.values()) {
      const regels = adviesRegels(p.sj!)
      expect(
        controleerAdviesvolgorde(p.sj!, p[regels.eerste] ?? null, p[regels.tweede] ?? null),
      ).toBeNull()
    }
    const soorten = new Set(r.rod_schooladvies.map((a) => a.soort))
    expect([...soorten].sort()).toEqual(['advies', 'definitief', 'herzien', 'voorlopig'])
  })

  it('has every kind of finding, and pupils who changed school within the bestuur', () => {
    expect(new Set(r.rod_bevinding.map((b) => b.soort))).toEqual(
      new Set(['foutmelding', 'melding', 'signaal', 'bekostigingssignaal']),
    )
    expect(r.rod_inschrijving.some((i) => i.reden_uitschrijving === 'overstap')).toBe(true)
    // Leerjaren lie inside their inschrijving and schooljaar.
    const inschrijving = new Map(r.rod_inschrijving.map((i) => [i.id, i]))
    for (const l of r.rod_leerjaar) {
      const i = inschrijving.get(l.inschrijving_id)!
      expect(l.begindatum >= i.inschrijfdatum).toBe(true)
      expect(l.begindatum <= l.einddatum).toBe(true)
    }
  })
})
