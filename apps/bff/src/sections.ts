/**
 * The one list of the sections' APIs: one line per section. A section team owns
 * `apps/<section>/` (pages, routes, tables, demo data, jobs, tests); adding a section is one
 * line here, its dependency line in this package's package.json, and one line in CODEOWNERS.
 */
export { default as helpdesk } from '@duo/helpdesk/api'
export { default as beheer } from '@duo/beheer/api'
