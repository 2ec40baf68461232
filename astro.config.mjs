// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { durableUrls } from './src/lib/durable-urls/integration.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { buildStages } from './src/integrations/build-stages.ts';
import { parseSiteUrl } from './src/lib/site/seo/site-url.ts';
import { EXCERPT_POLICY } from './src/lib/search/excerpt-html.ts';
import { env } from './src/lib/build/env.ts';
import { shardPages } from './src/lib/build/part.ts';

// The public address comes from the environment (SITE_URL=https://… npm run build). Without it no
// page names an absolute address: no canonical link, sitemap or robots.txt (see docs/guides/deploying.md).
const site = parseSiteUrl(env.siteUrl());

export default defineConfig({
  site: site?.href,
  // Another library can be built beside this one (tests, npm run bench:scale): POLICY_GENERATED_DIR
  // (src/content.config.ts) and POLICY_DIST_DIR, with POLICY_SOURCES_DIR for npm run convert.
  outDir: env.distDir(),
  // Astro's own cache beside the project's (POLICY_CACHE_DIR): one folder to empty for a cold build.
  // Shards and the merge each have their own: they run side by side (src/lib/build/part.ts).
  cacheDir: join(env.cacheDir(), env.shard() ? `astro-shard-${env.shard()?.k}` : env.buildPart() === 'all' ? 'astro' : `astro-${env.buildPart()}`),
  trailingSlash: 'always',
  // Page-specific styles (charts, graph, matrix, library …) stay files: inlined, each one's hash
  // would be added to the CSP <meta> of every page, 原文 included.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), ...(site ? [sitemap({ filter: (page) => !/\/404\/?$|^\/og\//.test(new URL(page).pathname), customPages: shardPages(site?.href) })] : []), siteAddress(site), durableUrls(), buildStages()],
  server: { port: 4321 },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler reports
        // once per page although Astro handles it; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // A page whose inputs are those of the last build is restored from Astro's cache, not rendered
  // again: every route with getStaticPaths returns the build's key (keyed() in
  // src/lib/site/collections.ts; src/lib/build/page-keys.ts says what the key covers).
  experimental: { incrementalBuild: true },
  security: {
    // Astro hashes every script and style it emits into a per-page <meta> CSP, so no inline code
    // runs unless the build put it there. Headers that a <meta> CSP cannot carry (frame-ancestors)
    // are set by the server: deploy/nginx.conf and public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Trusted Types: no HTML sink accepts a string; the only policy is the search excerpt's
        // (src/browser/search/trusted.ts), which lets through escaped text with <mark> and nothing else.
        "require-trusted-types-for 'script'",
        `trusted-types ${EXCERPT_POLICY}`,
      ],
      // Pagefind compiles its WebAssembly search core in the browser: that needs wasm-unsafe-eval
      // (and nothing broader, not unsafe-eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
