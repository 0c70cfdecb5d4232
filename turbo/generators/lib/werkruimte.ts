/** What the generators read of the workspace: the sections, their ports, the versions in use. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface PackageJson {
  name?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  duo?: { section?: boolean; port?: number }
}

const leesJson = (pad: string) => JSON.parse(readFileSync(pad, 'utf8')) as PackageJson

/** Ports of the platform itself in `pnpm dev` (see apps/bff/config/dev.env): never a section's. */
const PLATFORM_POORTEN = new Set([8080 /* BFF */, 8090 /* eHerkenning test broker */])

export function werkruimte(root: string) {
  const pakketten = ['apps', 'packages']
    .flatMap((map) =>
      existsSync(join(root, map))
        ? readdirSync(join(root, map)).map((naam) => ({ map: `${map}/${naam}`, naam }))
        : [],
    )
    .filter(({ map }) => existsSync(join(root, map, 'package.json')))
    .map((p) => ({ ...p, pkg: leesJson(join(root, p.map, 'package.json')) }))
  const secties = pakketten.filter((p) => p.map.startsWith('apps/') && p.pkg.duo?.section)
  const poorten = new Set(secties.map((s) => s.pkg.duo?.port).filter((p) => p !== undefined))

  return {
    /** Section folders that already have their part of the BFF (`api/index.ts`). */
    sectiesMetApi: secties
      .filter((s) => existsSync(join(root, s.map, 'api', 'index.ts')))
      .map((s) => s.naam)
      .sort(),

    /** Whether a new section may take this id: no folder and no package of that name yet. */
    idVrij: (id: string) =>
      !existsSync(join(root, 'apps', id)) &&
      !pakketten.some((p) => p.naam === id || p.pkg.name === `@duo/${id}`),

    /** The next free port after the highest `duo.port` of the sections. */
    volgendePoort(): number {
      let poort = Math.max(8080, ...poorten) + 1
      while (poorten.has(poort) || PLATFORM_POORTEN.has(poort)) poort++
      return poort
    },

    poortVrij: (poort: number) => !poorten.has(poort) && !PLATFORM_POORTEN.has(poort),

    /**
     * The version the sections already use of a dependency (the most common one), so a new
     * section installs from the same lock entries as its neighbours.
     */
    versie(naam: string): string {
      const telling = new Map<string, number>()
      for (const { pkg } of secties)
        for (const v of [pkg.dependencies?.[naam], pkg.devDependencies?.[naam]])
          if (v) telling.set(v, (telling.get(v) ?? 0) + 1)
      const [meest] = [...telling].sort((a, b) => b[1] - a[1])
      if (!meest) throw new Error(`Geen sectie gebruikt ${naam}: geef de versie zelf op.`)
      return meest[0]
    },
  }
}
