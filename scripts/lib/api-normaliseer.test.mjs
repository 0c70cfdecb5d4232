import { test } from 'node:test'
import assert from 'node:assert/strict'
import { genormaliseerd } from './api-normaliseer.mjs'

test('the order of a run of props does not count, the props themselves do', () => {
  const a = 'x: {\n    error: T;\n    name: string;\n    description: T;\n}\n'
  const b = 'x: {\n    error: T;\n    description: T;\n    name: string;\n}\n'
  assert.equal(genormaliseerd(a), genormaliseerd(b))
  const zonder = 'x: {\n    error: T;\n    description: T;\n}\n'
  assert.notEqual(genormaliseerd(a), genormaliseerd(zonder))
  const anderType = 'x: {\n    error: T;\n    name: number;\n    description: T;\n}\n'
  assert.notEqual(genormaliseerd(a), genormaliseerd(anderType))
})

test('lines of another depth or kind keep their place', () => {
  const a = 'export function f(): void;\n  b: 1;\n    c: 2;\n  a: 1;\n'
  assert.equal(genormaliseerd(a), 'export function f(): void;\n  b: 1;\n    c: 2;\n  a: 1;\n')
})
