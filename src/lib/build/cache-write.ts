/**
 * Writes a cache entry so that readers see it whole or not at all, however many writers race for
 * the same entry: the bytes go to a temporary name that no other write uses, then one rename puts
 * them in place (rename replaces atomically, so the last writer wins with identical bytes).
 *
 * The temporary name is unique per write, not per process: compression runs in worker threads of
 * one process, and two files with identical bytes share one cache key, so a name made of the
 * process id alone was written and renamed by two threads at once (one rename then failed with
 * ENOENT). Parallel builds (tests, shards) share the cache too.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

let writes = 0;

/** A temporary name beside `path` that no other write, in any process or thread, is using. */
export function temporaryName(path: string): string {
  return `${path}.${process.pid}-${threadId}-${writes++}-${randomBytes(4).toString('hex')}.tmp`;
}

export function writeCacheEntry(path: string, data: string | Uint8Array): void {
  const tmp = temporaryName(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
