/**
 * What the build writes around the pages once it knows (or not) the deployment's address:
 * robots.txt when SITE_URL is set, and one line saying so when it is not. The sitemap comes from
 * @astrojs/sitemap, added in astro.config.mjs only when SITE_URL is set.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { robotsTxt } from '../lib/site/seo/seo.ts';
import { SITE_URL_UNSET_MESSAGE } from '../lib/site/seo/site-url.ts';

export function siteAddress(site: URL | undefined): AstroIntegration {
  return {
    name: 'policy-explorer:site-address',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (site) writeFileSync(new URL('robots.txt', dir), robotsTxt(site));
        else logger.warn(SITE_URL_UNSET_MESSAGE);
      },
    },
  };
}
