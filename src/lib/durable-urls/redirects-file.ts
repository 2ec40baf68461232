/** Reads content/redirects.json (or POLICY_REDIRECTS, for tests): used by the converter and the build. */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ConvertError } from '../model/errors.ts';
import { RedirectsFileSchema, type Redirects } from './manifest.ts';
import { env } from '../build/env.ts';

export const redirectsPath = () => env.redirectsFile();

export function readRedirects(path = redirectsPath()): Redirects {
  if (!existsSync(path)) return {};
  const rel = relative(process.cwd(), path) || path;
  let data: unknown;
  try {
    // Stryker disable next-line StringLiteral: without an encoding readFileSync gives a Buffer, which JSON.parse reads as UTF-8 too
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConvertError(rel, 1, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = RedirectsFileSchema.safeParse(data);
  if (!parsed.success) throw new ConvertError(rel, 1, `invalid redirects: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  return parsed.data.redirects;
}
