import { describe, expect, it } from 'vitest'
import { Bevindingen } from '../rules/bevindingen'
import { RawScanner } from './raw-scan'

function scan(stukken: string[]) {
  const b = new Bevindingen(100)
  const s = new RawScanner(b)
  stukken.forEach((stuk, i) => s.feed(stuk, i === stukken.length - 1))
  return b.lijst.map((x) => `${x.ruleId}@${x.line}`)
}

describe('the raw filing-rule scan', () => {
  it('finds references, characters and ]]> with their line, however the text is split', () => {
    const tekst = `regel 1\n&amp; &#233; &#x20AC; goed\nfout: &#8217; &nbsp;\n]]> en \u2019 en \u{1F600}\n`
    const verwacht = [
      'FR-NL-1.02@4',
      'FR-NL-1.02@4',
      'FR-NL-1.04@3',
      'FR-NL-1.04@3',
      'FR-NL-2.06@4',
    ]
    expect(scan([tekst]).sort()).toEqual(verwacht)
    for (let i = 1; i < tekst.length; i++)
      expect(scan([tekst.slice(0, i), tekst.slice(i)]).sort(), `split at ${i}`).toEqual(verwacht)
    expect(scan([...tekst]).sort()).toEqual(verwacht)
  })

  it('allows the named and numeric references of allowed characters', () => {
    expect(scan(['&lt;p&gt; &apos;&quot;&amp; &#65; &#xE9; &#8364;'])).toEqual([])
  })
})
