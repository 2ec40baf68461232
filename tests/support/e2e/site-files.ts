import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file of a built site, relative to it, but the search bundles: a sharded or incremental
 * build lays its bundles out otherwise than a build in one piece, and is compared without them.
 */
export function siteFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return dir === root && e.name === 'pagefind' ? [] : siteFiles(p, root);
    return [relative(root, p)];
  }).sort();
}
