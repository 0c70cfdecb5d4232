/**
 * What a document is by its first bytes, before any parser sees it: compressed archives and
 * known binary formats are refused by name, UTF-16/32 byte order marks refused as an encoding
 * other than UTF-8, and a UTF-8 BOM reported (FR-NL-1.01) and skipped.
 */

export type Snuffel =
  | { soort: 'xml'; bom: boolean }
  | { soort: 'archief'; naam: string }
  | { soort: 'binair'; naam: string }
  | { soort: 'utf16'; bom: string }

const start = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x)

const ARCHIEVEN: ReadonlyArray<[string, number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['bzip2', [0x42, 0x5a, 0x68]],
]
const BINAIR: ReadonlyArray<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['Office (OLE)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['Windows-programma', [0x4d, 0x5a]],
  ['ELF-programma', [0x7f, 0x45, 0x4c, 0x46]],
]
const BOMS: ReadonlyArray<[string, number[]]> = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
]

/** Needs the first 4 bytes (fewer only when the document is that short). */
export function snuffel(head: Uint8Array): Snuffel {
  for (const [naam, sig] of ARCHIEVEN) if (start(head, sig)) return { soort: 'archief', naam }
  for (const [naam, sig] of BINAIR) if (start(head, sig)) return { soort: 'binair', naam }
  for (const [naam, sig] of BOMS) if (start(head, sig)) return { soort: 'utf16', bom: naam }
  return { soort: 'xml', bom: start(head, [0xef, 0xbb, 0xbf]) }
}

/** The index of the first NUL byte: no text document has one. */
export const eersteNul = (chunk: Uint8Array): number => chunk.indexOf(0)
