/**
 * After the build: every URL and anchor a plan ever published (content/generated/<plan>/urls.txt)
 * must still be served, as it was or through content/redirects.json, or the build fails. Writes the
 * redirects for nginx (_redirects.map, included by deploy/nginx.conf) and static hosts (_redirects),
 * and adds moved anchors as aliases on their new elements.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSelection } from '../build/part.ts';
import { builds } from '../build/shards.ts';
import { readRedirects } from './redirects-file.ts';
import { MANIFEST_FILE, parseManifest } from './manifest.ts';
import { checkPublished, insertAliases, nginxRedirectMap, staticHostRedirects, type Served } from './redirects.ts';
import { env } from '../build/env.ts';

export const NGINX_MAP_FILE = '_redirects.map';
export const STATIC_HOST_FILE = '_redirects';

function servedFrom(dist: string): Served {
  const fileOf = (path: string): string | null => {
    const p = resolve(dist, `.${path}`);
    if (!p.startsWith(resolve(dist))) return null;
    if (path.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : null;
    return existsSync(p) && statSync(p).isFile() ? p : null;
  };
  const cache = new Map<string, Set<string>>();
  return {
    has: (path) => fileOf(path) !== null,
    ids(path) {
      const file = fileOf(path);
      if (!file || !file.endsWith('.html')) return new Set();
      if (!cache.has(file)) cache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      return cache.get(file)!;
    },
  };
}

export function durableUrls(): AstroIntegration {
  return {
    name: 'policy-explorer:durable-urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const generated = resolve(env.generatedDir());
        const redirects = readRedirects();
        const part = buildSelection();
        const published = readdirSync(generated, { withFileTypes: true })
          // A partial build serves only its own plans' URLs (src/lib/build/part.ts): a shard its
          // plans', the merge's library build none; the merged site has them all.
          .filter((e) => e.isDirectory() && builds(part, e.name) && existsSync(join(generated, e.name, MANIFEST_FILE)))
          .flatMap((e) => {
            const file = join(generated, e.name, MANIFEST_FILE);
            return parseManifest(readFileSync(file, 'utf8')).map((l) => ({ ...l, file: relative(process.cwd(), file) }));
          });
        const { problems, aliases } = checkPublished(published, redirects, servedFrom(dist));
        if (problems.length > 0) throw new Error(`published URLs are not all served:\n${problems.join('\n')}`);
        for (const path of new Set(aliases.map((a) => a.path))) {
          const file = join(dist, path, 'index.html');
          writeFileSync(file, insertAliases(readFileSync(file, 'utf8'), aliases.filter((a) => a.path === path)));
        }
        writeFileSync(join(dist, NGINX_MAP_FILE), nginxRedirectMap(redirects));
        writeFileSync(join(dist, STATIC_HOST_FILE), staticHostRedirects(redirects));
        logger.info(`${published.length} published URLs and anchors served, ${Object.keys(redirects).length} through redirects (${aliases.length} anchor aliases)`);
      },
    },
  };
}
