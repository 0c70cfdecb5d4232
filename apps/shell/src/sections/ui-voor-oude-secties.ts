/**
 * The whole of `@duo/ui`, for sections built before they bundled its components themselves
 * (their manifest still shares it). Loaded only when such a section asks for it, and as the
 * published build (vite.config.ts): the shell's own pages import just the components they use.
 * A second copy is safe: the components hold no state of their own; the portal context comes
 * from `@duo/portal-sdk`, which stays one shared instance.
 */
import * as ui from '#ui-voor-oude-secties'

export default ui
