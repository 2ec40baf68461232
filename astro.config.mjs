// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
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
});
