// The demo's section file servers: a malformed URL must answer, never crash the process.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { startStaticServer } from './static-server.mjs'

function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
    })
    req.on('error', reject)
    req.end()
  })
}

test('answers a malformed URL with 400 and keeps serving', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-static-'))
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'sub', 'a.js'), 'export {}')
  const server = await startStaticServer({ dir, port: 0, prefix: 'v1' })
  try {
    assert.equal(await get(server.port, '/v1/%E0%A4%A'), 400)
    assert.equal(await get(server.port, '/v1/sub/a.js'), 200)
    assert.notEqual(await get(server.port, '/v1/../../etc/passwd'), 200)
    // Neither a plain nor an encoded climb reaches a file outside the folder.
    assert.notEqual(await get(server.port, '/v1/%2e%2e/%2e%2e/etc/passwd'), 200)
  } finally {
    await server.close()
  }
})
