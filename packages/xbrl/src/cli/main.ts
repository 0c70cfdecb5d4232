/**
 * The command line: `duo-xbrl validate file.xbrl` checks an instance the way the portal does and
 * exits 0 (valid, warnings allowed), 1 (errors) or 2 (could not run: usage, missing file);
 * `duo-xbrl generate` writes a valid demo instance.
 */
import { createWriteStream, existsSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { instanceBytes } from '../generator/instance'
import { TaxonomyCache } from '../taxonomy/dts'
import type { Bevinding, ValidationResult } from '../types'
import { validateInstance } from '../validate'
import { bundledTaxonomyPackage, fileChunks, taxonomyPackages } from '../node'

const HULP = `Gebruik:
  duo-xbrl validate <bestand.xbrl> [--json] [--bestuur 41234] [--verslagjaar 2021]
                    [--taxonomie <map>]... [--taal nl|en]
  duo-xbrl generate --bestuur 41234 --naam "Naam" --verslagjaar 2021 [--seed 1]
                    [--tekst-mb 10] [--uit bestand.xbrl]

validate: 0 = geldig (waarschuwingen toegestaan), 1 = fouten gevonden, 2 = kon niet controleren.
--taxonomie voegt een uitgepakt taxonomiepakket toe (een map met META-INF/catalog.xml),
  bijvoorbeeld het echte OCW-pakket; de meegeleverde subset blijft ook beschikbaar.`

export interface Uitvoer {
  out(tekst: string): void
  err(tekst: string): void
}

const standaard: Uitvoer = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[], io: Uitvoer = standaard): Promise<number> {
  const [opdracht, ...rest] = argv
  let args: ReturnType<typeof lees>
  try {
    args = lees(rest)
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${HULP}\n`)
    return 2
  }
  if (opdracht === 'validate') return valideer(args, io)
  if (opdracht === 'generate') return genereer(args, io)
  io.err(`${HULP}\n`)
  return opdracht === undefined || opdracht === '--help' ? 0 : 2
}

function lees(rest: string[]) {
  return parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      bestuur: { type: 'string' },
      verslagjaar: { type: 'string' },
      taxonomie: { type: 'string', multiple: true, default: [] },
      taal: { type: 'string', default: 'nl' },
      naam: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'tekst-mb': { type: 'string', default: '0' },
      uit: { type: 'string' },
    },
  })
}

async function valideer(args: ReturnType<typeof lees>, io: Uitvoer): Promise<number> {
  const bestand = args.positionals[0]
  if (!bestand || !existsSync(bestand)) {
    io.err(`Bestand niet gevonden: ${bestand ?? '(geen)'}\n\n${HULP}\n`)
    return 2
  }
  const verslagjaar = args.values.verslagjaar ? Number(args.values.verslagjaar) : undefined
  if (verslagjaar !== undefined && !Number.isInteger(verslagjaar)) {
    io.err(`--verslagjaar moet een jaartal zijn\n`)
    return 2
  }
  let taxonomies: TaxonomyCache
  try {
    taxonomies = new TaxonomyCache(
      await taxonomyPackages([bundledTaxonomyPackage(), ...(args.values.taxonomie ?? [])]),
    )
  } catch (err) {
    io.err(`${(err as Error).message}\n`)
    return 2
  }
  const result = await validateInstance(fileChunks(bestand), {
    fileName: basename(bestand),
    ...(args.values.bestuur ? { bestuursnummer: args.values.bestuur } : {}),
    ...(verslagjaar !== undefined ? { verslagjaar } : {}),
    taxonomies,
  })
  io.out(
    args.values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : tekst(result, args.values.taal === 'en' ? 'en' : 'nl'),
  )
  return result.valid ? 0 : 1
}

function tekst(r: ValidationResult, taal: 'nl' | 'en'): string {
  const regel = (b: Bevinding) =>
    `${String(b.line ?? '-').padStart(6)}:${String(b.column ?? '-').padEnd(4)} ${b.severity === 'error' ? (taal === 'nl' ? 'fout' : 'error') : taal === 'nl' ? 'waarschuwing' : 'warning'}  ${b.ruleId}${b.concept ? `  ${b.concept}` : ''}\n         ${b[taal]}`
  const kop =
    taal === 'nl'
      ? `${r.valid ? 'Geldig' : 'Niet geldig'}: ${r.errors} fout(en), ${r.warnings} waarschuwing(en); ${r.instance.facts} feiten, ${r.instance.bytes} bytes.`
      : `${r.valid ? 'Valid' : 'Not valid'}: ${r.errors} error(s), ${r.warnings} warning(s); ${r.instance.facts} facts, ${r.instance.bytes} bytes.`
  const weg = Object.entries(r.perRule).reduce(
    (n, [id, aantal]) => n + aantal - r.bevindingen.filter((b) => b.ruleId === id).length,
    0,
  )
  const staart =
    weg > 0
      ? taal === 'nl'
        ? `\n(nog ${weg} bevinding(en) niet getoond)`
        : `\n(${weg} more finding(s) not shown)`
      : ''
  return `${kop}\n${r.bevindingen.map(regel).join('\n')}${staart}\n`
}

async function genereer(args: ReturnType<typeof lees>, io: Uitvoer): Promise<number> {
  const { bestuur, naam, verslagjaar, seed, uit } = args.values
  if (!bestuur || !naam || !verslagjaar) {
    io.err(`generate heeft --bestuur, --naam en --verslagjaar nodig\n\n${HULP}\n`)
    return 2
  }
  const chunks = instanceBytes({
    bestuursnummer: bestuur,
    naamBestuur: naam,
    verslagjaar: Number(verslagjaar),
    seed: Number(seed),
    tekstBytes: Number(args.values['tekst-mb']) * 1024 * 1024,
  })
  if (!uit) {
    for await (const c of chunks) io.out(new TextDecoder().decode(c))
    return 0
  }
  const stream = createWriteStream(uit)
  for await (const c of chunks)
    if (!stream.write(c)) await new Promise<void>((r) => stream.once('drain', () => r()))
  await new Promise<void>((resolve, reject) =>
    stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
  )
  return 0
}
