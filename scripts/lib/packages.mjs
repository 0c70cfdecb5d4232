// The published packages of the workspace (the products other teams install) and their public
// entry points, read from `publishConfig.exports` in each package.json: the API reports, the
// package checks, the size budgets and the consumer test all work from this one list.
import { readFileSync } from 'node:fs'
import { ROOT } from './sections.mjs'

const PUBLISHED = ['authz', 'portal-sdk', 'ui', 'xbrl']

/**
 * @typedef {{ subpath: string, types: string, js: string, browser?: string }} Entry
 * @typedef {{ dir: string, folder: string, name: string, version: string, manifest: any, entries: Entry[] }} Published
 */

/** @returns {Published[]} */
export function publishedPackages() {
  return PUBLISHED.map((folder) => {
    const dir = `${ROOT}packages/${folder}`
    const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
    const entries = Object.entries(manifest.publishConfig?.exports ?? {})
      .filter(([, target]) => typeof target === 'object' && target.types)
      .map(([subpath, target]) => ({
        subpath,
        types: target.types,
        js: target.default,
        // What a browser bundle gets, when the entry has a `browser` condition of its own.
        ...(target.browser ? { browser: target.browser } : {}),
      }))
    return { dir, folder, name: manifest.name, version: manifest.version, manifest, entries }
  })
}

/** The report's file name of an entry: `portal-sdk` for `.`, `portal-sdk-errors` for `./errors`. */
export function reportName(pkg, entry) {
  const base = pkg.name.replace(/^@[^/]+\//, '')
  return entry.subpath === '.' ? base : `${base}-${entry.subpath.slice(2).replaceAll('/', '-')}`
}
