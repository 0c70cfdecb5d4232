import { describe, expect, it } from 'vitest'
import { ApiFout, apiFoutUit, isApiFout, isApiFoutBody } from './errors'

describe('the one error contract', () => {
  it('reads an error answer with its field problems in both languages', () => {
    const fout = apiFoutUit(400, {
      code: 'ongeldige-invoer',
      nl: 'Controleer uw invoer.',
      en: 'Please check your input.',
      velden: [{ veld: 'email', nl: 'Ongeldig', en: 'Invalid' }, { veld: 3 }],
    })
    expect(fout).toMatchObject({ status: 400, code: 'ongeldige-invoer' })
    expect(fout.velden).toEqual([{ veld: 'email', nl: 'Ongeldig', en: 'Invalid' }])
    expect(fout.tekst('en')).toBe('Please check your input.')
    expect(fout.veldTekst('email', 'nl')).toBe('Ongeldig')
  })

  it('never shows a raw body: anything else becomes a generic message', () => {
    for (const body of [null, 'Internal Server Error', { error: { code: 'x' } }]) {
      const fout = apiFoutUit(502, body)
      expect(fout.code).toBe('http-502')
      expect(fout.nl).toMatch(/Er ging iets mis/)
    }
    expect(isApiFoutBody({ code: 'a', nl: 'b' })).toBe(false)
  })

  it('recognises an ApiFout by its shape, also from another bundle', () => {
    expect(isApiFout(new ApiFout(403, 'rol-ontbreekt', 'nl', 'en'))).toBe(true)
    const elders = Object.assign(new Error('x'), {
      status: 404,
      code: 'c',
      nl: 'n',
      en: 'e',
      velden: [],
    })
    expect(isApiFout(elders)).toBe(true)
    expect(isApiFout(new Error('x'))).toBe(false)
    expect(isApiFout({ status: 404, code: 'c', nl: 'n', en: 'e', velden: [] })).toBe(false)
  })
})
