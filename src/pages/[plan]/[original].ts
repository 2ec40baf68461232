import type { APIRoute } from 'astro';
import { builtPlans, keyed } from '../../lib/site/collections.ts';
import { originalPath } from '../../lib/model/routes.ts';
import { originalBytes } from '../../lib/build/originals.ts';

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Each plan's file as published (/<plan>/original.<ext>), byte for byte, when the sources still hold it. */
export async function getStaticPaths() {
  return keyed((await builtPlans()).flatMap((model) => {
    const bytes = originalBytes(model.source);
    if (!bytes) return [];
    const original = originalPath(model.id, model.source.file).split('/').pop()!;
    return [{ params: { plan: model.id, original }, props: { bytes, type: TYPES[original.split('.').pop() ?? ''] ?? 'application/octet-stream' } }];
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { bytes, type } = props as { bytes: Uint8Array; type: string };
  return new Response(Uint8Array.from(bytes), { headers: { 'content-type': type } });
};
