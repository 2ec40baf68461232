// @ts-check
// Stock Starlight, as its starter template configures it: the comparison the build time is
// measured against (npm run bench). The pages are written by scripts/bench-build.ts from the
// policy explorer's own generated text, so both sites build the same words.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: process.env.STARLIGHT_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: '政策导航',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: [
        { label: '原文', items: [{ autogenerate: { directory: 'plan' } }] },
        { label: '部分', items: [{ autogenerate: { directory: 'parts' } }] },
        { label: '重点行业', items: [{ autogenerate: { directory: 'sectors' } }] },
        { label: '重点任务', items: [{ autogenerate: { directory: 'tasks' } }] },
        { label: '保障措施', items: [{ autogenerate: { directory: 'measures' } }] },
        { label: '行业组', items: [{ autogenerate: { directory: 'sector-groups' } }] },
      ],
    }),
  ],
});
