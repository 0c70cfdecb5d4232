import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { CORPUS_BASIS } from '../generator/fixtures'
import { genereerInstance } from '../generator/instance'
import { main } from './main'

const map = mkdtempSync(join(tmpdir(), 'duo-xbrl-cli-'))
afterAll(() => rmSync(map, { recursive: true, force: true }))
const geldig = join(map, 'jaarverantwoording-2021.xbrl')
writeFileSync(geldig, genereerInstance(CORPUS_BASIS))
const fout = join(map, 'fout.xbrl')
writeFileSync(
  fout,
  genereerInstance(CORPUS_BASIS).replace(/(<ocw-i:Voorraden [^>]*>)\d+/, '$1999999'),
)

async function draai(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) })
  return { code, out, err }
}

describe('duo-xbrl validate', () => {
  it('exits 0 on a valid instance and 1 on errors, with the line to fix', async () => {
    expect((await draai('validate', geldig, '--bestuur', '41234')).code).toBe(0)
    const r = await draai('validate', fout, '--bestuur', '41234', '--taal', 'en')
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/Not valid: \d+ error/)
    expect(r.out).toMatch(/\s\d+:\d+\s+error {2}OCW-CALC {2}ocw-i:VlottendeActiva/)
  })

  it('prints the whole result as JSON on request', async () => {
    const r = await draai('validate', fout, '--json', '--verslagjaar', '2021')
    const json = JSON.parse(r.out)
    expect(json).toMatchObject({ valid: false, instance: { verslagjaar: 2021 } })
    expect(json.bevindingen[0]).toHaveProperty('ruleId')
  })

  it('exits 2 when it cannot check: a missing file, bad options', async () => {
    expect((await draai('validate', join(map, 'bestaat-niet.xbrl'))).code).toBe(2)
    expect((await draai('validate', geldig, '--verslagjaar', 'vorig jaar')).code).toBe(2)
    expect((await draai('validate', geldig, '--onbekend')).code).toBe(2)
    expect((await draai('opruimen')).code).toBe(2)
  })

  it('runs as the duo-xbrl binary', () => {
    const bin = fileURLToPath(new URL('../../bin/duo-xbrl.mjs', import.meta.url))
    const ok = spawnSync(process.execPath, [bin, 'validate', geldig], { encoding: 'utf8' })
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/^Geldig: 0 fout/)
    expect(spawnSync(process.execPath, [bin, 'validate', fout], { encoding: 'utf8' }).status).toBe(
      1,
    )
  })
})

describe('duo-xbrl generate', () => {
  it('writes an instance that validates', async () => {
    const uit = join(map, 'gemaakt.xbrl')
    expect(
      (
        await draai(
          'generate',
          '--bestuur',
          '40567',
          '--naam',
          'Het Anker',
          '--verslagjaar',
          '2020',
          '--uit',
          uit,
        )
      ).code,
    ).toBe(0)
    expect((await draai('validate', uit, '--bestuur', '40567', '--verslagjaar', '2020')).code).toBe(
      0,
    )
    expect((await draai('generate', '--bestuur', '40567')).code).toBe(2)
  })
})
