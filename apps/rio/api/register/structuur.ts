/**
 * The bestuur as a tree on one date: bestuur → onderwijsaanbieders → the onderwijslocaties where
 * each offers opleidingen → the aangeboden opleidingen there. Locaties the bestuur uses
 * without an opleiding on that date are listed apart.
 */
import { weergavenaam } from '../domein/soorten'
import type { Stand } from './store'

const opNaam = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl')

interface Knoop {
  code: string
  naam: string
}

export function structuur(stand: readonly Stand[]) {
  const van = (soort: Stand['soort']) => stand.filter((s) => s.soort === soort)
  const knoop = (s: Stand): Knoop => ({ code: s.code, naam: weergavenaam(s.soort, s.gegevens) })
  const locaties = new Map(van('onderwijslocatie').map((l) => [l.code, l]))
  const gebruik = new Map(
    van('onderwijslocatiegebruik').flatMap((g) => {
      const locatie = stand.find((l) => l.id === g.ouderId)
      return locatie ? [[locatie.code, g] as const] : []
    }),
  )
  const opleidingen = van('aangeboden-opleiding')
  const metAanbod = new Set<string>()

  const aanbieders = van('onderwijsaanbieder').map((a) => {
    const eigen = opleidingen.filter((o) => o.ouderId === a.id)
    const codes = [
      ...new Set(eigen.flatMap((o) => (o.gegevens.onderwijslocatiecodes as string[]) ?? [])),
    ].sort()
    codes.forEach((c) => metAanbod.add(c))
    return {
      ...knoop(a),
      erkenningscode: String(a.gegevens.erkenningscode ?? ''),
      locaties: codes.map((code) => {
        const l = locaties.get(code)
        return {
          code,
          naam: l ? weergavenaam('onderwijslocatie', l.gegevens) : code,
          gebruiksnaam: gebruik.get(code) ? String(gebruik.get(code)!.gegevens.naam ?? '') : null,
          opleidingen: eigen
            .filter((o) => ((o.gegevens.onderwijslocatiecodes as string[]) ?? []).includes(code))
            .map((o) => ({ ...knoop(o), doelgroep: String(o.gegevens.doelgroep ?? '') }))
            .sort(opNaam),
        }
      }),
    }
  })
  const bestuur = van('onderwijsbestuur')[0]
  return {
    onderwijsbestuur: bestuur ? knoop(bestuur) : null,
    aanbieders: aanbieders.sort(opNaam),
    locatiesZonderAanbod: [...locaties.values()]
      .filter((l) => !metAanbod.has(l.code))
      .map((l) => ({
        ...knoop(l),
        gebruiksnaam: gebruik.get(l.code) ? String(gebruik.get(l.code)!.gegevens.naam ?? '') : null,
      })),
  }
}
