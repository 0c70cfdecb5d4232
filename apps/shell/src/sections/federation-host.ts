/**
 * The federation runtime of the shell, loaded only when the first section is opened: a page
 * without a section (home, the shell's own pages) runs no federation code at all.
 *
 * The shell is no federation host built by `@module-federation/vite` (no remoteEntry of its
 * own, no `loadShare` around its own imports of Vue and friends): it imports the shared
 * singletons like any Vite app, and here hands those very module instances to the runtime as
 * the `default` share scope. Sections stay ordinary remotes, loaded at run time from their own
 * `remoteEntry.js`; they use this runtime (`experiments.externalRuntime`, published on
 * `globalThis._FEDERATION_RUNTIME_CORE` by the plugin below).
 *
 * The runtime is built for the browser only and without its snapshot (manifest) plugin
 * (vite.config.ts: `ENV_TARGET`, `FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN`): the shell reads a
 * section's `mf-manifest.json` itself, to check it, and hands the runtime the remote entry.
 */
import {
  createInstance,
  type ModuleFederation,
  type ModuleFederationRuntimePlugin,
} from '@module-federation/runtime'
import injectExternalRuntimeCore from '@module-federation/vite/injectExternalRuntimeCorePlugin'
import * as vue from 'vue'
import * as pinia from 'pinia'
import * as vueRouter from 'vue-router'
import * as vueI18n from 'vue-i18n'
import * as portalSdk from '@duo/portal-sdk'
import { SHARED_SINGLETONS } from '@duo/portal-sdk/federation'

/** The versions of the shared singletons this shell provides (see vite.config.ts). */
declare const __DUO_GEDEELDE_VERSIES__: Record<string, string>

type SharedName = keyof typeof SHARED_SINGLETONS

/** The shell's own instances, already loaded for its own pages: handed over as they are. */
const loaded: Record<Exclude<SharedName, '@duo/ui'>, object> = {
  vue,
  pinia,
  'vue-router': vueRouter,
  'vue-i18n': vueI18n,
  '@duo/portal-sdk': portalSdk,
}

/** A namespace object the way the plugin's own hosts hand it out (ESM interop flag set). */
const asShared = (ns: object) => Object.defineProperty({ ...ns }, '__esModule', { value: true })

function provide(name: SharedName) {
  const common = {
    version: __DUO_GEDEELDE_VERSIES__[name] ?? '0.0.0',
    scope: ['default'],
    from: 'duo_shell',
    shareConfig: { ...SHARED_SINGLETONS[name], strictVersion: false, eager: false },
  }
  // Sections bundle the @duo/ui components they use (@duo/section-kit/vite); only a section
  // built before that still asks the shell for the whole library, so it loads on that request.
  if (name === '@duo/ui')
    return {
      ...common,
      get: () => import('./ui-voor-oude-secties').then((m) => () => asShared(m.default)),
    }
  const lib = asShared(loaded[name])
  return { ...common, lib: () => lib }
}

/**
 * The shell's federation instance: no remotes yet (the loader registers a section's remote
 * entry once it has read and checked its manifest), the shared singletons, and the runtime
 * published for the sections.
 */
export function createFederation(): ModuleFederation {
  return createInstance({
    name: 'duo_shell',
    remotes: [],
    shared: Object.fromEntries(
      (Object.keys(SHARED_SINGLETONS) as SharedName[]).map((name) => [name, provide(name)]),
    ),
    // Its declared types lag behind the runtime's plugin type; the object is a runtime plugin.
    plugins: [injectExternalRuntimeCore() as unknown as ModuleFederationRuntimePlugin],
  })
}
