/**
 * `@duo/authz`: who may do what in Mijn DUO, for the BFF and the UI alike. Pure
 * TypeScript: no I/O, no Node and no DOM. This entry brings its texts (Dutch and English) with
 * it; a browser bundle gets src/browser.ts instead, without them (see there).
 */
import { authzTexts } from './teksten.ts'
import { registerAuthzTexts } from './texts.ts'

export * from './browser.ts'

registerAuthzTexts(authzTexts)
