import { describe, expect, it } from 'vitest'
import { contentDisposition, keurBijlage, sniff, veiligeNaam } from './files'

const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)

describe('attachment checks', () => {
  it('recognises PDF, PNG, JPEG and text by content', () => {
    expect(sniff(text('%PDF-1.7\n'))).toBe('pdf')
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png')
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg')
    expect(sniff(text('naam;aantal\nDe Regenboog;12\n'))).toBe('text')
    expect(sniff(bytes(0x4d, 0x5a, 0x00, 0x01))).toBeNull()
    expect(sniff(bytes(0xc3, 0x28))).toBeNull() // invalid UTF-8
  })

  it('needs the extension to match the content', () => {
    expect(keurBijlage('a.pdf', text('%PDF-1.4'))).toMatchObject({
      ok: true,
      contentType: 'application/pdf',
    })
    expect(keurBijlage('a.JPG', bytes(0xff, 0xd8, 0xff, 0xe0))).toMatchObject({
      ok: true,
      contentType: 'image/jpeg',
    })
    expect(keurBijlage('a.csv', text('x,y'))).toMatchObject({ ok: true, contentType: 'text/csv' })
    expect(keurBijlage('a.pdf', text('just text'))).toMatchObject({ ok: false, code: 'type' })
    expect(keurBijlage('a.svg', text('<svg/>'))).toMatchObject({ ok: false, code: 'type' })
    expect(keurBijlage('a.txt', new Uint8Array())).toMatchObject({ ok: false, code: 'leeg' })
  })

  it('makes file names safe to show and to send back', () => {
    expect(veiligeNaam('..\\..\\windows\\boot.ini')).toBe('boot.ini')
    expect(veiligeNaam('a"b<c>\u0000.pdf')).toBe('abc.pdf')
    expect(veiligeNaam('.htaccess')).toBe('htaccess')
    expect(veiligeNaam('')).toBe('bestand')
    expect(veiligeNaam(`${'x'.repeat(300)}.pdf`)).toHaveLength(120)
    expect(contentDisposition('Brief “één”; 2022.pdf')).toBe(
      `attachment; filename="Brief een_ 2022.pdf"; filename*=UTF-8''Brief%20%E2%80%9C%C3%A9%C3%A9n%E2%80%9D%3B%202022.pdf`,
    )
  })
})
