import { describe, expect, it } from 'vitest'
import { bestandsgrootte, bestandssoorten, controleerBestanden, past } from './bestanden'

const bestand = (naam: string, bytes: number, type = '') =>
  new File(['x'.repeat(bytes)], naam, { type })

describe('file helpers', () => {
  it('names the allowed kinds from an accept list', () => {
    expect(bestandssoorten('.pdf,.png,application/pdf')).toBe('PDF, PNG')
    expect(bestandssoorten('application/pdf,text/csv')).toBe('PDF, CSV')
  })

  it('formats sizes per language', () => {
    expect(bestandsgrootte(500, 'nl')).toBe('500 B')
    expect(bestandsgrootte(1536, 'nl')).toBe('1,5 kB')
    expect(bestandsgrootte(1536, 'en')).toBe('1.5 kB')
    expect(bestandsgrootte(5 * 1024 * 1024, 'en')).toBe('5 MB')
  })

  it('matches files like the picker does', () => {
    expect(past(bestand('Brief.PDF', 1), '.pdf')).toBe(true)
    expect(past(bestand('foto', 1, 'image/png'), 'image/*')).toBe(true)
    expect(past(bestand('a.exe', 1), '.pdf,application/pdf')).toBe(false)
  })

  it('says in both languages what is wrong with the files', () => {
    const problemen = controleerBestanden(
      [bestand('a.exe', 1), bestand('leeg.pdf', 0), bestand('groot.pdf', 2048)],
      { accept: '.pdf', maxBytes: 1024, maxFiles: 2 },
    )
    expect(problemen).toEqual([
      { nl: 'Kies hoogstens 2 bestanden.', en: 'Choose at most 2 files.' },
      {
        nl: 'a.exe is niet toegestaan. Toegestaan: PDF.',
        en: 'a.exe is not allowed. Allowed: PDF.',
      },
      { nl: 'leeg.pdf is leeg.', en: 'leeg.pdf is empty.' },
      { nl: 'groot.pdf is groter dan 1 kB.', en: 'groot.pdf is larger than 1 kB.' },
    ])
    expect(controleerBestanden([bestand('a.pdf', 5)], { accept: '.pdf' })).toEqual([])
  })
})
