/**
 * Every page test starts in a fresh browser tab: no form drafts (`useFormDraft`, sessionStorage)
 * of an earlier test are put back into the form under test.
 */
import { afterEach } from 'vitest'

afterEach(() => globalThis.sessionStorage?.clear())
