// The demo's section file servers: a malformed URL must answer, never crash the process.
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { chooseEncoding, startStaticServer } from './static-server.mjs'

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

function fetchRaw(port, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('compresses text files as a CDN would: brotli, else gzip, never small or binary files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duo-static-'))
  const js = 'export const tekst = "Mijn DUO";\n'.repeat(200)
  writeFileSync(join(dir, 'remoteEntry.js'), js)
  writeFileSync(join(dir, 'klein.js'), 'export {}')
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4000, 1))
  const server = await startStaticServer({ dir, port: 0, prefix: 'v1' })
  try {
    const br = await fetchRaw(server.port, '/v1/remoteEntry.js', { 'accept-encoding': 'gzip, br' })
    assert.equal(br.headers['content-encoding'], 'br')
    assert.match(br.headers.vary, /Accept-Encoding/)
    assert.equal(brotliDecompressSync(br.body).toString(), js)
    assert.ok(br.body.length < js.length / 10)
    const gz = await fetchRaw(server.port, '/v1/remoteEntry.js', { 'accept-encoding': 'gzip' })
    assert.equal(gz.headers['content-encoding'], 'gzip')
    assert.equal(gunzipSync(gz.body).toString(), js)
    const plain = await fetchRaw(server.port, '/v1/remoteEntry.js')
    assert.equal(plain.headers['content-encoding'], undefined)
    assert.equal(plain.body.toString(), js)
    const small = await fetchRaw(server.port, '/v1/klein.js', { 'accept-encoding': 'br' })
    assert.equal(small.headers['content-encoding'], undefined)
    const png = await fetchRaw(server.port, '/v1/logo.png', { 'accept-encoding': 'br' })
    assert.equal(png.headers['content-encoding'], undefined)
  } finally {
    await server.close()
  }
})

test('honours q=0', () => {
  assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip')
  assert.equal(chooseEncoding('identity'), null)
  assert.equal(chooseEncoding('*'), 'br')
})
