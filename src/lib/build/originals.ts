/**
 * The plans' files as published, read at build time so the 原文 page can offer the original for
 * download: the bytes the model's hash was taken of, or null when the source folder no longer holds
 * them (a library built from converted models alone).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { env } from './env.ts';

/**
 * Looked for where the build converted it from: the files the build was given
 * (POLICY_SOURCE_FILES), then the sources folder. Only bytes whose hash is the model's are the
 * original.
 */
export function originalBytes(source: { file: string; sha256: string }): Uint8Array | null {
  const candidates = [...env.sourceFiles().filter((f) => basename(f) === source.file).map((f) => resolve(f)), join(env.sourcesDir(), source.file)];
  for (const path of candidates) {
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') === source.sha256) return bytes;
  }
  return null;
}
