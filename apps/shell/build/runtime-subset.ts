/**
 * Ships only the parts of the federation runtime the portal runs. The shell hands the whole of
 * `@module-federation/runtime-core` to the sections (`experiments.externalRuntime`: one namespace
 * object on `globalThis`), so no bundler can drop what nobody calls. These parts are dead or dispensable here:
 * - loading a remote's snapshot (manifest) and preloading its assets: the shell reads a
 *   section's `mf-manifest.json` itself and hands the runtime the remote entry
 *   (src/sections/remote-loader.ts), with the snapshot plugin already off in vite.config.ts;
 * - `preloadRemote` and its asset helpers: nothing calls them (the shell preloads the entry
 *   with a `modulepreload` link);
 * - the loaders of classic-script remotes (`<script>` tags): every section is an ES module;
 * - the English descriptions of its error codes (a message keeps the code and its docs link)
 *   and the logger's debug stack traces;
 * - the runtime's whole `package.json`, imported by `@module-federation/vite` for its version.
 * They are replaced at build time by what the rest of the runtime still touches (the snapshot
 * hooks a plugin may register on, the manifest cache a re-registered remote clears), and calls
 * that cannot happen here fail loudly instead of silently doing less.
 *
 * Checked against one runtime version: on another the build stops and asks to check again,
 * and it stops too when a replaced file is no longer part of the build.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** The `@module-federation/runtime-core` (and `runtime`) version these replacements fit. */
export const GECONTROLEERDE_VERSIE = '2.9.1'

const niet = (wat: string) =>
  `() => { throw new Error('[duo-shell] ${wat} van de federation-runtime zit niet in de shell (apps/shell/build/runtime-subset.ts)') }`

/** By package and path inside `@module-federation/`: the module that replaces it. */
export const VERVANGINGEN: Record<string, string> = {
  // The snapshot handler without loading snapshots: its hooks and caches stay, as in the original.
  'runtime-core/dist/plugins/snapshot/SnapshotHandler.js': `
import { Global, getGlobalSnapshot, getGlobalSnapshotInfoByModuleInfo, getInfoWithoutType } from "../../global.js";
import { AsyncHook } from "../../utils/hooks/asyncHook.js";
import { AsyncWaterfallHook } from "../../utils/hooks/asyncWaterfallHooks.js";
import { PluginSystem } from "../../utils/hooks/pluginSystem.js";
function getGlobalRemoteInfo(moduleInfo, origin) {
  const hostGlobalSnapshot = getGlobalSnapshotInfoByModuleInfo({ name: origin.name, version: origin.options.version });
  const globalRemoteInfo = hostGlobalSnapshot && "remotesInfo" in hostGlobalSnapshot && hostGlobalSnapshot.remotesInfo && getInfoWithoutType(hostGlobalSnapshot.remotesInfo, moduleInfo.name).value;
  if (globalRemoteInfo && globalRemoteInfo.matchedVersion) return {
    hostGlobalSnapshot,
    globalSnapshot: getGlobalSnapshot(),
    remoteSnapshot: getGlobalSnapshotInfoByModuleInfo({ name: moduleInfo.name, version: globalRemoteInfo.matchedVersion })
  };
  return {
    hostGlobalSnapshot: void 0,
    globalSnapshot: getGlobalSnapshot(),
    remoteSnapshot: getGlobalSnapshotInfoByModuleInfo({ name: moduleInfo.name, version: "version" in moduleInfo ? moduleInfo.version : void 0 })
  };
}
var SnapshotHandler = class {
  constructor(HostInstance) {
    this.loadingHostSnapshot = null;
    this.manifestCache = new Map();
    this.hooks = new PluginSystem({
      beforeLoadRemoteSnapshot: new AsyncHook("beforeLoadRemoteSnapshot"),
      loadSnapshot: new AsyncWaterfallHook("loadGlobalSnapshot"),
      loadRemoteSnapshot: new AsyncWaterfallHook("loadRemoteSnapshot"),
      afterLoadSnapshot: new AsyncWaterfallHook("afterLoadSnapshot"),
      beforeLoadManifest: new AsyncHook("beforeLoadManifest"),
      afterLoadManifest: new AsyncHook("afterLoadManifest")
    });
    this.manifestLoading = Global.__FEDERATION__.__MANIFEST_LOADING__;
    this.HostInstance = HostInstance;
    this.loaderHook = HostInstance.loaderHook;
  }
};
SnapshotHandler.prototype.loadRemoteSnapshotInfo = ${niet('loadRemoteSnapshotInfo (snapshots)')};
SnapshotHandler.prototype.getManifestJson = ${niet('getManifestJson (snapshots)')};
export { SnapshotHandler, getGlobalRemoteInfo };
`,
  'runtime-core/dist/utils/preload.js': `
export const defaultPreloadArgs = ${niet('defaultPreloadArgs (preloadRemote)')};
export const formatPreloadArgs = ${niet('formatPreloadArgs (preloadRemote)')};
export const normalizePreloadExposes = ${niet('normalizePreloadExposes (preloadRemote)')};
export const preloadAssets = ${niet('preloadAssets (preloadRemote)')};
`,
  // The runtime's logger without its stack-trace capture (debug mode only) and delegation to
  // a bundler's logger (build time only): the same prefix, the same console methods.
  'sdk/dist/logger.js': `
import { isDebugMode } from "./env.js";
var Logger = class {
  constructor(prefix, delegate) {
    this.prefix = prefix;
    this.delegate = delegate ?? console;
  }
  setPrefix(prefix) {
    this.prefix = prefix;
  }
  setDelegate(delegate) {
    this.delegate = delegate ?? console;
  }
  emit(method, args) {
    const to = typeof this.delegate[method] === "function" ? this.delegate : console;
    to[method](this.prefix, ...args);
  }
  log(...args) { this.emit("log", args); }
  warn(...args) { this.emit("warn", args); }
  error(...args) { this.emit("error", args); }
  success(...args) { this.emit("info", args); }
  info(...args) { this.emit("info", args); }
  ready(...args) { this.emit("info", args); }
  debug(...args) { if (isDebugMode()) this.emit("debug", args); }
};
const createLogger = (prefix) => new Logger(prefix);
const createInfrastructureLogger = createLogger;
const bindLoggerToCompiler = () => {};
const logger = createLogger("[ Module Federation ]");
const infrastructureLogger = createLogger("[ Module Federation ]");
export { bindLoggerToCompiler, createInfrastructureLogger, createLogger, infrastructureLogger, logger };
`,
  // The English descriptions of the runtime's error codes: a message keeps its code, its
  // arguments and the link to the code's page in the Module Federation docs.
  'error-codes/dist/desc.mjs': `
const beschrijving = new Proxy({}, { get: (_, code) => (typeof code === "string" ? "Module Federation" : void 0) });
export { beschrijving as buildDescMap, beschrijving as errorDescMap, beschrijving as runtimeDescMap, beschrijving as typeDescMap };
`,
  // The DOM loaders of classic-script remotes: every section is an ES module remote (`type:
  // 'module'`, loaded with import()); the two small helpers stay as they are.
  'sdk/dist/dom.js': `
import { warn } from "./utils.js";
async function safeWrapper(callback, disableWarn) {
  try {
    return await callback();
  } catch (e) {
    !disableWarn && warn(e);
    return;
  }
}
function isStaticResourcesEqual(url1, url2) {
  const REG_EXP = /^(https?:)?\\/\\//i;
  return url1.replace(REG_EXP, "").replace(/\\/$/, "") === url2.replace(REG_EXP, "").replace(/\\/$/, "");
}
const createScript = ${niet('createScript (script-remotes)')};
const createLink = ${niet('createLink (preload)')};
const loadScript = ${niet('loadScript (script-remotes)')};
export { createLink, createScript, isStaticResourcesEqual, loadScript, safeWrapper };
`,
}

const RUNTIME = /[\\/]@module-federation[\\/]((?:runtime-core|sdk|error-codes)[\\/]dist[\\/].+)$/
const RUNTIME_PACKAGE = /[\\/]@module-federation[\\/]runtime[\\/]package\.json$/

/** `gecontroleerd`: the version the replacements fit (another only in this plugin's tests). */
export function runtimeSubset(gecontroleerd = GECONTROLEERDE_VERSIE): Plugin {
  const vervangen = new Set<string>()
  return {
    name: 'duo:federation-runtime-subset',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      vervangen.clear()
    },
    load(id) {
      const file = id.split('?')[0]!
      if (RUNTIME_PACKAGE.test(file)) {
        const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version: string }
        vervangen.add('runtime/package.json')
        // Only the version is read (the plugin's own version string).
        return JSON.stringify({ version })
      }
      const m = RUNTIME.exec(file)
      const sleutel = m?.[1]!.replaceAll('\\', '/')
      const vervanging = sleutel && VERVANGINGEN[sleutel]
      if (!sleutel || vervanging === undefined) return null
      const pakket = sleutel.slice(0, sleutel.indexOf('/dist/'))
      const root = file.slice(0, file.length - sleutel.length + pakket.length)
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        version: string
      }
      if (version !== gecontroleerd)
        this.error(
          `@module-federation/${pakket} ${version}: de vervangingen in apps/shell/build/runtime-subset.ts zijn gecontroleerd tegen ${gecontroleerd}. Vergelijk ze met de nieuwe versie en pas GECONTROLEERDE_VERSIE aan.`,
        )
      vervangen.add(sleutel)
      return vervanging
    },
    buildEnd(error) {
      if (error || !vervangen.size) return // a build without the runtime (the monolith)
      const missen = [...Object.keys(VERVANGINGEN), 'runtime/package.json'].filter(
        (f) => !vervangen.has(f),
      )
      if (missen.length)
        this.error(
          `De federation-runtime heeft ${missen.join(', ')} niet meer: controleer apps/shell/build/runtime-subset.ts.`,
        )
    },
  }
}
