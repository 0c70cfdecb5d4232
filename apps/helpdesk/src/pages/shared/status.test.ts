import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createI18n } from 'vue-i18n'
import { mount } from '@vue/test-utils'
import nl from '../../i18n/nl.json'
import en from '../../i18n/en.json'
import { STATUSSEN, statusToon, useStatus } from './status'

/** useStatus needs the section's messages, as the shell gives them. */
function metStatus(lezer: 'bestuur' | 'helpdesk') {
  let status!: ReturnType<typeof useStatus>
  const i18n = createI18n({
    legacy: false,
    locale: 'nl',
    messages: { nl: { helpdesk: nl }, en: { helpdesk: en } },
  })
  mount(
    defineComponent({
      setup() {
        status = useStatus(lezer)
        return () => h('div')
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return status
}

describe('status of a melding', () => {
  it('has a tone per status, so the label never rests on its words alone', () => {
    expect(Object.fromEntries(STATUSSEN.map((s) => [s, statusToon(s)]))).toEqual({
      nieuw: 'info',
      'in-behandeling': 'info',
      'wacht-op-reactie': 'warning',
      afgehandeld: 'success',
    })
    expect(statusToon('onbekend')).toBe('neutral')
  })

  it('reads as the bestuur sees it, in both languages', () => {
    const { statusLabel } = metStatus('bestuur')
    expect(statusLabel('wacht-op-reactie')).toEqual({
      tone: 'warning',
      label: { nl: 'Wacht op uw reactie', en: 'Awaiting your reply' },
    })
  })

  it('reads as the helpdesk sees it: waiting for the bestuur, not for itself', () => {
    const { statusLabel, opties } = metStatus('helpdesk')
    expect(statusLabel('wacht-op-reactie')).toEqual({
      tone: 'warning',
      label: { nl: 'Wacht op reactie bestuur', en: 'Waiting for the school board' },
    })
    expect(opties.map((o) => o.value)).toEqual([...STATUSSEN])
    expect(statusLabel('afgehandeld')).toEqual({
      tone: 'success',
      label: { nl: 'Afgehandeld', en: 'Closed' },
    })
  })
})
