/**
 * `astro build` without Vite's dependency pre-bundling. Pre-bundling serves the dev server (it turns
 * CommonJS packages into ES modules for the browser); a production build bundles with Rolldown and
 * never reads the result. Yet Astro's build starts a Vite server (to sync the content collections)
 * that pre-bundles the packages Astro lists for its dev toolbar, and does it again whenever the
 * cache in node_modules/.vite was written for another checkout or config: every build of a
 * worktree, a test library or a benchmark subject. Paired builds, same machine: ≈ 0.5 s of a 7 s
 * one-plan build. `astro dev` keeps pre-bundling (the plugin is added for `build` only).
 */
import type { Plugin } from 'vite';

export function noDepOptimizer(): Plugin {
  return {
    name: 'policy-explorer:no-dep-optimizer',
    // After Astro's plugins: Astro gives each environment its include list (the dev toolbar's
    // packages), and merging configs cannot empty a list, so the plugin sets it. An empty include
    // with no discovery turns the optimizer off.
    enforce: 'post',
    config(config) {
      config.optimizeDeps = { ...config.optimizeDeps, include: [], noDiscovery: true };
    },
    configEnvironment(name, options) {
      options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
      // No preload helper in the browser's scripts: 0.9 KB gzip on every page, for the header
      // box's one dynamic import, whose own imports are then fetched when it loads (one round trip
      // later, once the reader has focused the box). Astro sets the option for every environment.
      if (name === 'client') options.build = { ...options.build, modulePreload: false };
    },
  };
}
