import { describe, expect, it } from 'vitest'
import { keurBestand, sniff, veiligeNaam } from './keuring'
import { contentDisposition } from '../http/download'

const bytes = (...b: number[]) => new Uint8Array(b)
const text = (s: string) => new TextEncoder().encode(s)
const bijlage = { extensies: ['pdf', 'png', 'jpg', 'jpeg', 'txt', 'csv'] as const, maxBytes: 1024 }

describe('upload checks', () => {
  it('recognises PDF, PNG, JPEG and text by content', () => {
    expect(sniff(text('%PDF-1.7\n'))).toBe('pdf')
    expect(sniff(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png')
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg')
    expect(sniff(text('naam;aantal\nDe Regenboog;12\n'))).toBe('text')
    expect(sniff(bytes(0x4d, 0x5a, 0x00, 0x01))).toBeNull()
    expect(sniff(bytes(0xc3, 0x28))).toBeNull() // invalid UTF-8
  })

  it('needs the extension to be allowed and to match the content', () => {
    expect(keurBestand('a.pdf', text('%PDF-1.4'), bijlage)).toMatchObject({
      ok: true,
      contentType: 'application/pdf',
    })
    expect(keurBestand('a.JPG', bytes(0xff, 0xd8, 0xff, 0xe0), bijlage)).toMatchObject({
      ok: true,
      contentType: 'image/jpeg',
    })
    expect(keurBestand('a.csv', text('x,y'), bijlage)).toMatchObject({
      ok: true,
      contentType: 'text/csv',
    })
    expect(keurBestand('a.pdf', text('just text'), bijlage)).toMatchObject({
      ok: false,
      code: 'type',
    })
    expect(keurBestand('a.svg', text('<svg/>'), bijlage)).toMatchObject({ ok: false, code: 'type' })
    expect(keurBestand('a.txt', new Uint8Array(), bijlage)).toMatchObject({
      ok: false,
      code: 'leeg',
    })
    expect(keurBestand('a.txt', text('x'.repeat(1025)), bijlage)).toMatchObject({
      ok: false,
      code: 'te-groot',
    })
    expect(
      keurBestand('a.png', text('%PDF-1.4'), { extensies: ['pdf'], maxBytes: 10 }),
    ).toMatchObject({
      ok: false,
      code: 'type',
    })
  })

  it('makes file names safe to show and to send back', () => {
    expect(veiligeNaam('..\\..\\windows\\boot.ini')).toBe('boot.ini')
    expect(veiligeNaam('a"b<c>\u0000.pdf')).toBe('abc.pdf')
    expect(veiligeNaam('.htaccess')).toBe('htaccess')
    expect(veiligeNaam('')).toBe('bestand')
    expect(veiligeNaam(`${'x'.repeat(300)}.pdf`)).toHaveLength(120)
  })

  it('drops bidirectional overrides and zero-width characters that disguise the extension', () => {
    expect(veiligeNaam('factuur\u202Efdp.txt')).toBe('factuurfdp.txt')
    expect(veiligeNaam('a\u200bb\u2066c\ufeff.pdf')).toBe('abc.pdf')
  })

  it('encodes the download name per RFC 6266, whatever it holds', () => {
    expect(contentDisposition('Brief “één”; 2022.pdf')).toBe(
      `attachment; filename="Brief ?één?; 2022.pdf"; filename*=UTF-8''Brief%20%E2%80%9C%C3%A9%C3%A9n%E2%80%9D%3B%202022.pdf`,
    )
    const header = contentDisposition('a"\r\nSet-Cookie: x=1.pdf')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header.startsWith('attachment; filename=')).toBe(true)
  })
})
