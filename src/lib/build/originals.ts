/**
 * The plans' files as published, read at build time so the 原文 page can offer the original for
 * download: the bytes the model's hash was taken of, or null when the source folder no longer holds
 * them (a library built from converted models alone).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env } from './env.ts';

export function originalBytes(source: { file: string; sha256: string }): Uint8Array | null {
  const path = join(env.sourcesDir(), source.file);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return createHash('sha256').update(bytes).digest('hex') === source.sha256 ? bytes : null;
}
