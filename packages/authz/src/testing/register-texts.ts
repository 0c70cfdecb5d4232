// The tests import the modules directly, not through src/index.ts: register the texts as the
// Node entry does. (src/texts.test.ts checks the browser entry, before and after registering.)
import { authzTexts } from '../teksten.ts'
import { registerAuthzTexts } from '../texts.ts'

registerAuthzTexts(authzTexts)
