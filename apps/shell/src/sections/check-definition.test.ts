import { ref } from 'vue'
import { defineStore } from 'pinia'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import { CONTRACT_VERSION } from '@duo/portal-sdk'
import { checkDefinition, singletonReport } from './check-definition'

const runtime = { ref, defineStore, useRouter, useI18n }
const definition = (overrides: Record<string, unknown> = {}) => ({
  meta: { id: 'rod', contractVersion: CONTRACT_VERSION },
  routes: [],
  messages: { nl: {}, en: {} },
  runtime,
  ...overrides,
})

describe('checking what a remote exported', () => {
  it("accepts the right section on the shell's own singletons", () => {
    expect(checkDefinition('rod', definition())).toBeNull()
    expect(singletonReport(runtime)).toEqual({
      vue: true,
      pinia: true,
      vueRouter: true,
      vueI18n: true,
    })
  })

  it('refuses another section id, a missing contract, or another major version', () => {
    expect(checkDefinition('rio', definition())?.code).toBe('contract-onleesbaar')
    expect(checkDefinition('rod', undefined)?.code).toBe('contract-onleesbaar')
    expect(
      checkDefinition('rod', definition({ meta: { id: 'rod', contractVersion: '2.0' } }))?.code,
    ).toBe('contract-major')
  })

  it('refuses a section that brought its own Vue', () => {
    const ownRef = () => null
    const refusal = checkDefinition('rod', definition({ runtime: { ...runtime, ref: ownRef } }))
    expect(refusal?.nl).toContain('eigen kopie van Vue')
    expect(singletonReport({ ...runtime, ref: ownRef }).vue).toBe(false)
  })
})
