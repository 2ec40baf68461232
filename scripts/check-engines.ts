/**
 * npm postinstall: the engines check that matters here, against the Node that runs the project.
 *
 * npm checks every package's `engines` against the Node that runs npm itself: the machine's (20 on
 * a fresh machine), not the pinned Node 24 that `node_modules/.bin/node` gives every script. That
 * printed ≈ 470 EBADENGINE warnings calling for no action, so `.npmrc` keeps npm to errors, and
 * this check, run by the pinned Node, names a package only when it does not support that Node.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

interface LockEntry { engines?: { node?: string } | string[]; optional?: boolean; dev?: boolean }

/** The lockfile's packages whose `engines.node` the given Node version does not satisfy. */
export function unsupported(packages: Record<string, LockEntry>, nodeVersion: string): { name: string; required: string }[] {
  return Object.entries(packages).flatMap(([path, entry]) => {
    const required = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
    if (!path || !required || entry.optional) return [];
    return semver.satisfies(nodeVersion, required, { includePrerelease: true }) ? [] : [{ name: path.replace(/^.*node_modules\//, ''), required }];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const bad = unsupported(lock.packages, process.version);
  for (const b of bad) process.stderr.write(`warning: ${b.name} requires Node ${b.required}; the project runs on ${process.version}\n`);
  process.stdout.write(bad.length === 0
    ? `engines: every package supports Node ${process.version}, the Node the project runs on\n`
    : `engines: ${bad.length} package(s) do not support Node ${process.version} (above)\n`);
}
