/**
 * A one-page letter in DUO's manner (a beschikking, a confirmation, a letter), made with
 * pdf-lib: the same look for every section that publishes to the digitaal archief.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib'

export interface Brief {
  titel: string
  /** The letter's own number ("Ons kenmerk" on paper). */
  referentie: string
  /** `YYYY-MM-DD`. */
  datum: string
  /** Addressee lines, e.g. the bestuur's name and number. */
  aan: string[]
  /** Paragraphs; long ones are wrapped. */
  regels: string[]
  /** Optional rows of a table (label, value), e.g. amounts of a beschikking. */
  tabel?: Array<[string, string]>
}

const WIDTH = 595
const MARGIN = 60

/** Helvetica's WinAnsi cannot show every character: map the common typographic ones. */
const winAnsi = (s: string) =>
  s
    .replace(/[–—]/g, '-')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\x20-\x7e\u00a0-\u00ff€]/g, '?')

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/**
 * @example
 * const bytes = await maakBrief({ titel: 'Beschikking bijzondere bekostiging', referentie: 'BB-2022-000123',
 *   datum: '2022-05-02', aan: ['Stichting De Linde', 'Bestuursnummer 41234'], regels: ['Uw aanvraag is toegekend.'] })
 */
export async function maakBrief(brief: Brief): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(brief.titel)
  pdf.setAuthor('Dienst Uitvoering Onderwijs')
  pdf.setCreationDate(new Date(`${brief.datum}T09:00:00Z`))
  pdf.setModificationDate(new Date(`${brief.datum}T09:00:00Z`))
  const page = pdf.addPage([WIDTH, 842])
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const color = rgb(0.08, 0.08, 0.08)
  const tekst = (s: string, y: number, size = 11, f = font, x = MARGIN) =>
    page.drawText(winAnsi(s), { x, y, size, font: f, color })
  page.drawRectangle({ x: 0, y: 792, width: WIDTH, height: 50, color: rgb(0.0, 0.2, 0.4) })
  page.drawText('Dienst Uitvoering Onderwijs', {
    x: MARGIN,
    y: 810,
    size: 14,
    font: bold,
    color: rgb(1, 1, 1),
  })
  let y = 740
  brief.aan.forEach((regel, i) => {
    tekst(regel, y, 11, i === 0 ? bold : font)
    y -= 16
  })
  y -= 18
  tekst(`Datum: ${brief.datum}`, y)
  tekst(`Ons kenmerk: ${brief.referentie}`, y - 16)
  y -= 60
  for (const line of wrap(winAnsi(brief.titel), bold, 16, WIDTH - 2 * MARGIN)) {
    tekst(line, y, 16, bold)
    y -= 20
  }
  y -= 10
  for (const alinea of brief.regels) {
    for (const line of wrap(winAnsi(alinea), font, 11, WIDTH - 2 * MARGIN)) {
      tekst(line, y)
      y -= 15
    }
    y -= 6
  }
  if (brief.tabel?.length) {
    y -= 6
    for (const [label, waarde] of brief.tabel) {
      tekst(label, y)
      tekst(waarde, y, 11, bold, 360)
      y -= 16
    }
    y -= 10
  }
  tekst('Met vriendelijke groet,', Math.min(y - 10, 480))
  tekst('Dienst Uitvoering Onderwijs', Math.min(y - 28, 462))
  return pdf.save({ useObjectStreams: false })
}
