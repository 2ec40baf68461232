/**
 * Vite wraps every dynamic import() of the browser's scripts in its preload helper, a module of
 * 0.9 KB gzip that every page loads with the header script (for the header box's one dynamic
 * import). Its work is preloading each imported chunk's own imports and CSS; with
 * `modulePreload: false` (set for the client environment in no-dep-optimizer.ts's configEnvironment)
 * no chunk is preloaded, so what is left is loading a dynamic import's CSS, if it has any, before
 * the import. This plugin gives the helper's chunk that much and no more (≈ 0.2 KB): the module's
 * imports are then fetched when it loads, one round trip later, once a reader has focused the
 * search box. It rewrites the chunk in renderChunk, before its file name's hash is computed, so
 * the name changes with the code. A chunk that holds more than the helper is left as it is.
 */
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper's code: `(importer, deps)` calls `importer` once every CSS file of `deps` (paths
 * relative to `base`) has loaded; a CSS file that fails rejects, as Vite's does.
 */
export function smallHelper(exportName: string, base: string): string {
  return `const p=(f,d)=>d&&d.length?Promise.all(d.map(u=>new Promise((ok,no)=>{const l=document.createElement("link");l.rel="stylesheet";l.href=${JSON.stringify(base)}+u;l.onload=ok;l.onerror=()=>no(Error("Unable to preload CSS for "+u));document.head.append(l)}))).then(f):f();export{p as ${exportName}};\n`;
}

/** The name the helper's chunk exports it under (`export{a as t}`), or null when it is not that shape. */
export function helperExport(code: string): string | null {
  const m = /export\s*\{\s*[\w$]+\s+as\s+([\w$]+)\s*\}\s*;?\s*$/.exec(code);
  return m ? m[1] : null;
}

export function smallPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'policy-explorer:small-preload-helper',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(config) {
      base = config.base;
    },
    renderChunk(code, chunk) {
      if (chunk.moduleIds.length !== 1 || chunk.moduleIds[0] !== HELPER_ID) return null;
      const name = helperExport(code);
      return name ? { code: smallHelper(name, base), map: null } : null;
    },
  };
}
