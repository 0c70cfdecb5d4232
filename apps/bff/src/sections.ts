/**
 * The one list of the sections' APIs: one line per section. A section team owns
 * `apps/<section>/` (pages, routes, tables, demo data, jobs, tests); adding a section is one
 * line here, its dependency line in this package's package.json, and one line in CODEOWNERS.
 */
export { default as helpdesk } from '@duo/helpdesk/api'
export { default as beheer } from '@duo/beheer/api'
export { default as osr } from '@duo/osr/api'
export { default as rod } from '@duo/rod/api'
export { default as rio } from '@duo/rio/api'
export { default as bekostiging } from '@duo/bekostiging/api'
export { default as xbrl } from '@duo/xbrl-portaal/api'
