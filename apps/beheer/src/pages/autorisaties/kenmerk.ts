import type { Autorisaties } from '../../api'

/** A kenmerk with the organisation it names: "12AB — OBS De Regenboog". */
export function kenmerkLabel(bestuur: Autorisaties['bestuur'], code: string): string {
  if (code === bestuur.bestuursnummer || code === bestuur.onderwijsbestuurcode)
    return `${code} — ${bestuur.naam}`
  const s = bestuur.scholen.find(
    (x) => x.instellingscode === code || x.onderwijsaanbiedercode === code,
  )
  return s ? `${code} — ${s.naam}` : code
}
