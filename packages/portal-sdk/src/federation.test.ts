import { describe, expect, it } from 'vitest'
import { checkSharedVersions, satisfiesRange } from './federation'

describe('satisfiesRange', () => {
  it.each([
    ['1.1.0', '^1.0.0', true],
    ['1.0.5', '^1.0.0', true],
    ['2.0.0', '^1.0.0', false],
    ['1.0.0', '^1.1.0', false],
    ['1.1.0', '^0.9.0', false],
    ['0.9.3', '^0.9.0', true],
    ['0.10.0', '^0.9.0', false],
    ['0.0.4', '^0.0.3', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.9.0', '~1', true],
    ['3.5.45', '^3.5.0', true],
    ['11.3.1', '^11.3.0', true],
    ['1.5.0', '>=1.0.0 <2', true],
    ['2.0.0', '>=1.0.0 <2', false],
    ['1.4.0', '1.x', true],
    ['2.0.0', '1.x || 2.x', true],
    ['1.0.0', '*', true],
    ['1.0.0', '', true],
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '=1.2.3', false],
    ['1.3.0', '>1.2', true],
    ['1.2.9', '>1.2', false],
    ['1.2.9', '<=1.2', true],
    ['1.2.0-next.1', '^1.1.0', true],
    ['1.2.0-next.1', '>=1.2.0', false],
    ['1.0.0', 'latest', false],
    ['geen', '^1.0.0', false],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected)
  })
})

describe('checkSharedVersions', () => {
  const provided = {
    vue: '3.5.45',
    '@duo/ui': '1.1.0',
    '@duo/portal-sdk': '1.1.0',
  }
  const share = (name: string, requiredVersion: string | false) => ({
    name,
    requiredVersion,
    singleton: true,
  })

  it('accepts a section built against the previous minor', () => {
    expect(
      checkSharedVersions(
        [share('vue', '^3.5.0'), share('@duo/ui', '^1.0.0'), share('@duo/portal-sdk', '^1.0.0')],
        provided,
      ),
    ).toBeNull()
  })

  it('refuses a section built against the previous major, naming what it needs and what is offered', () => {
    const problem = checkSharedVersions(
      [share('@duo/ui', '^0.9.0'), share('@duo/portal-sdk', '^0.9.0')],
      provided,
    )
    expect(problem).toEqual({
      code: 'gedeelde-versie',
      nl: 'Deze sectie is gebouwd voor @duo/ui ^0.9.0 en @duo/portal-sdk ^0.9.0; dit portaal biedt @duo/ui 1.1.0 en @duo/portal-sdk 1.1.0. De sectie moet opnieuw worden gebouwd tegen de versies van het portaal.',
      en: "This section was built for @duo/ui ^0.9.0 and @duo/portal-sdk ^0.9.0; this portal provides @duo/ui 1.1.0 and @duo/portal-sdk 1.1.0. The section needs to be rebuilt against the portal's versions.",
    })
  })

  it('refuses a section that needs a newer minor than the portal has', () => {
    expect(checkSharedVersions([share('@duo/ui', '^1.2.0')], provided)?.code).toBe(
      'gedeelde-versie',
    )
  })

  it('refuses a singleton the portal does not provide', () => {
    expect(checkSharedVersions([share('lodash', '^4.0.0')], provided)?.nl).toContain(
      'dit portaal levert lodash niet',
    )
  })

  it('ignores what it cannot read and what asks no version', () => {
    expect(checkSharedVersions(undefined, provided)).toBeNull()
    expect(checkSharedVersions([null, { name: 'vue' }, share('vue', false)], provided)).toBeNull()
    expect(
      checkSharedVersions([{ name: 'lodash', requiredVersion: '^4.0.0' }], provided),
    ).toBeNull()
  })
})
