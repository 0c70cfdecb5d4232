import { describe, expect, it } from 'vitest'
import { NietOndersteund, evalueer, klopt } from './expression'

describe('the XPath subset of value assertions', () => {
  it('computes arithmetic with XPath precedence and comparisons in both spellings', () => {
    expect(evalueer('1 + 2 * 3 - 4 div 2', {})).toBe(5)
    expect(evalueer('-(2 + 3) * 2', {})).toBe(-10)
    expect(evalueer('7 mod 3', {})).toBe(1)
    expect(klopt('$a eq $b', { a: 3, b: 3 })).toBe(true)
    expect(klopt('$a = $b', { a: 3, b: 4 })).toBe(false)
    expect(klopt('$a ge 0 and $b lt 0', { a: 0, b: -1 })).toBe(true)
    expect(klopt('$a gt 0 or $b gt 0', { a: 0, b: 0 })).toBe(false)
    expect(
      klopt('abs($begin + $mutatie - $eind) le 1', { begin: 100, mutatie: -30, eind: 70.5 }),
    ).toBe(true)
  })

  it('knows sequence functions and fn: prefixes', () => {
    expect(evalueer('sum($x)', { x: [1, 2, 3] })).toBe(6)
    expect(evalueer('count($x)', { x: [1, 2] })).toBe(2)
    expect(evalueer('fn:max($x)', { x: [1, 9, 3] })).toBe(9)
    expect(klopt('exists($x) and not(empty($x))', { x: [1] })).toBe(true)
    expect(evalueer('round(2.5)', {})).toBe(3)
  })

  it('refuses what it does not implement, in both languages, rather than guess', () => {
    const fout = (bron: string, vars = {}) => {
      try {
        evalueer(bron, vars)
      } catch (err) {
        return err
      }
      return null
    }
    for (const bron of [
      'xfi:period($a)',
      '$a[1]',
      'for $i in $a return $i',
      '$onbekend',
      '1 div 0',
      '(1',
      'if ($a) then 1 else 2',
    ])
      expect(fout(bron, { a: 1 }), bron).toBeInstanceOf(NietOndersteund)
    const f = fout('xfi:period($a)', { a: 1 }) as NietOndersteund
    expect(f.nl).toMatch(/niet ondersteund/)
    expect(f.en).toMatch(/not supported/)
  })
})
