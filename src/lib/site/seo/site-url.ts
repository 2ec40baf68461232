/**
 * The public address of a deployment, from the SITE_URL environment variable. Without it the build
 * writes no canonical link, sitemap, robots.txt or other absolute URL: a page never claims an
 * address (such as localhost) that is not where it is served.
 */
export function parseSiteUrl(raw: string | undefined): URL | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/, not “${value}”`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) URL, not “${value}”`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`SITE_URL must be a plain origin such as https://example.org/, not “${value}”`);
  // Every route is built for the root of its host (no Astro `base`): a sub-path would break links.
  if (url.pathname !== '/') throw new Error(`SITE_URL must be the root of its host (https://example.org/), not a sub-path: “${value}”`);
  return url;
}

/** A site path as a URL: absolute under the deployment's address when it is known, the path otherwise. */
export function siteHref(path: string, site: URL | undefined): string {
  if (!path.startsWith('/')) throw new Error(`not a site path: ${path}`);
  return site ? new URL(path, site).href : path;
}

export const SITE_URL_UNSET_MESSAGE =
  'SITE_URL is not set: pages carry no canonical link or absolute URL, and no sitemap or robots.txt is written. For a deployment build with SITE_URL=https://your.host/ npm run build.';
