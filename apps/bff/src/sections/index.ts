/**
 * The sections' APIs and tables. A section team owns `sections/<id>/` (routes, store,
 * migrations, tests); this file is the one line that plugs each in.
 */
export { helpdeskRoutes } from './helpdesk/routes'
export { beheerRoutes } from './beheer/routes'
export type { SectionDeps } from './deps'
export { sectionMigrations } from './migrations'
