// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  // Another library can be built beside this one (tests, npm run bench:scale): POLICY_GENERATED_DIR
  // (src/content.config.ts) and POLICY_DIST_DIR, with POLICY_SOURCES_DIR for npm run convert.
  outDir: process.env.POLICY_DIST_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
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
      ],
      // Pagefind compiles its WebAssembly search core in the browser: that needs wasm-unsafe-eval
      // (and nothing broader, not unsafe-eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
