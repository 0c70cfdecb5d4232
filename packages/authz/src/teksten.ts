/**
 * `@duo/authz/teksten`: the texts of `@duo/authz` in Dutch and English (the reason of every
 * decision, what each role is for and each permission lets someone do, why a code was
 * refused). A browser app loads them with its own messages and registers them before it shows
 * a reason:
 * @example
 * import { registerAuthzTexts } from '@duo/authz'
 * const { authzTexts } = await import('@duo/authz/teksten')
 * registerAuthzTexts(authzTexts)
 */
import type { AuthzTexts, Texts } from './texts.ts'
import { reasons } from './reason/reasons.ts'
import { roleDescriptions } from './catalogue/role-descriptions.ts'
import { permissionLabels } from './catalogue/permission-labels.ts'
import { parseErrorText } from './kenmerk/parse-texts.ts'

export type { AuthzTexts } from './texts.ts'

const texts: Texts = {
  reasons,
  roleDescriptions,
  permissionLabels,
  parseErrors: parseErrorText,
}

/** Every text of `@duo/authz`, to register with `registerAuthzTexts`. */
export const authzTexts = texts as unknown as AuthzTexts
