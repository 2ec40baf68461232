/** The plans in a sources folder: every file a reader takes, and the base its sidecars share. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_EXTENSIONS } from '../src/lib/read/detect.ts';

const EXTENSION = new RegExp(`(${SOURCE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

/** content/sources/g004.html → content/sources/g004: <base>.notes.json, <base>.record.json … sit beside it. */
export const sourceBase = (file: string): string => file.replace(EXTENSION, '');

export const isSourceFile = (name: string): boolean => EXTENSION.test(name);

/** The plan files of a folder, sorted by name. */
export function sourceFilesIn(dir: string): string[] {
  return readdirSync(dir).filter(isSourceFile).sort().map((f) => join(dir, f));
}
