/**
 * Small text edits of existing files, each at one recognisable place. An edit that does not find
 * its place throws (naming the file and what it looked for) instead of guessing: the generator
 * then reports it, and the person adds that line by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'

class NietGevonden extends Error {}

/** Inserts `tekst` after the end of the last match of `patroon` (a global regex). */
export function naLaatste(inhoud: string, patroon: RegExp, tekst: string, wat: string): string {
  const treffers = [...inhoud.matchAll(patroon)]
  const laatste = treffers[treffers.length - 1]
  if (!laatste || laatste.index === undefined) throw new NietGevonden(wat)
  const eind = laatste.index + laatste[0].length
  return inhoud.slice(0, eind) + tekst + inhoud.slice(eind)
}

/** Inserts `tekst` before the start of the last match of `patroon` (a global regex). */
export function voorLaatste(inhoud: string, patroon: RegExp, tekst: string, wat: string): string {
  const treffers = [...inhoud.matchAll(patroon)]
  const laatste = treffers[treffers.length - 1]
  if (!laatste || laatste.index === undefined) throw new NietGevonden(wat)
  return inhoud.slice(0, laatste.index) + tekst + inhoud.slice(laatste.index)
}

/** The end of the import block: the last line that ends an import statement. */
const IMPORT_EINDE = /^(?:import [^\n]*|\}) from '[^']+'$/gm

/** Adds an import line after the module's other imports. */
export const metImport = (inhoud: string, regel: string) =>
  naLaatste(inhoud, IMPORT_EINDE, `\n${regel}`, 'het einde van de imports')

/** Applies `wijziging` to a file; a missing place is reported with the file's path. */
export function wijzig(pad: string, wijziging: (inhoud: string) => string): void {
  const inhoud = readFileSync(pad, 'utf8')
  try {
    writeFileSync(pad, wijziging(inhoud))
  } catch (err) {
    if (err instanceof NietGevonden)
      throw new Error(`${pad}: ${err.message} niet gevonden`, { cause: err })
    throw err
  }
}
