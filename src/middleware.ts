import { defineMiddleware } from 'astro:middleware';
import { pageOwnCsp } from './lib/build/page-csp.ts';

/** Every page is rendered at build time; its policy is cut to its own inline code (page-csp.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(pageOwnCsp(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
