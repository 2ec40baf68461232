/**
 * Inputs for the readers' tests: bytes from text, the refusal message of a format check, and a
 * .docx made from body XML as Word zips it. Not a test file itself (no .test suffix).
 */
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import { ReadError } from '../../src/lib/model/errors.ts';
import { detectFormat } from '../../src/lib/read/detect.ts';

export const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));

/** The message detectFormat refuses the bytes with (a ReadError); fails when it does not refuse. */
export const formatRefusal = (b: Uint8Array, file: string): string => {
  try {
    detectFormat(b, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as Error).message;
  }
  throw new Error('not refused');
};

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The namespaces Word declares on its parts' roots (main, compatibility, math, drawing). */
export const NS = `xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"`;

/** A .docx of the given body XML and extra parts (full XML each), zipped as Word does. */
export function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}
