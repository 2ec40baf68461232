/**
 * Serves dist/ through Debian's nginx with deploy/nginx.conf, as production would, on a loopback port.
 *   node scripts/serve-prod.ts [--port 8080] [--root dist]
 * `npm run serve:prod` builds first (SITE_URL=https://… npm run serve:prod builds for that address).
 * The browser tests start it through startNginx().
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from '../src/lib/build/env.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NGINX = env.nginx();
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** deploy/nginx.conf with its listen address, root and redirect map (in the root) replaced. */
export function renderSiteConfig(template: string, port: number, docRoot: string): string {
  const out = template
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${docRoot};`)
    .replace(/^(\s*)include\s+\S*\/_redirects\.map;/m, `$1include ${docRoot}/_redirects.map;`);
  if (!out.includes(`listen 127.0.0.1:${port};`) || !out.includes(`root ${docRoot};`) || !out.includes(`include ${docRoot}/_redirects.map;`)) {
    throw new Error('deploy/nginx.conf needs one listen, one root and one include of …/_redirects.map');
  }
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface Nginx {
  url: string;
  stop(): Promise<void>;
  process: ChildProcess;
}

/** Starts nginx in the foreground on a free loopback port, serving `docRoot` with deploy/nginx.conf. */
export async function startNginx(docRoot = join(root, 'dist'), port?: number): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX} (apt-get install nginx-light libnginx-mod-http-brotli-static)`);
  if (!existsSync(BROTLI_MODULE)) throw new Error(`the brotli_static module is missing: ${BROTLI_MODULE} (apt-get install libnginx-mod-http-brotli-static)`);
  const p = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'site.conf'), renderSiteConfig(readFileSync(join(root, 'deploy/nginx.conf'), 'utf8'), p, resolve(docRoot)));
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `load_module ${BROTLI_MODULE};`,
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((s) => `  ${s === 'body' ? 'client_body' : s}_temp_path ${dir}/${s};`),
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(NGINX, ['-t', '-q', '-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${p}`;
  await waitFor(`${url}/`);
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((ok) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          ok();
        });
        child.kill('SIGQUIT');
      }),
  };
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const server = await startNginx(arg('--root') ?? join(root, 'dist'), Number(arg('--port') ?? 8080));
  // npm run serve:prod builds with the same environment: SITE_URL is the address the pages declare.
  const declared = env.siteUrl() ? `pages declare ${env.siteUrl()} as their address` : 'built without SITE_URL: no canonical links, sitemap or robots.txt';
  process.stdout.write(`nginx serves ${arg('--root') ?? 'dist'} on ${server.url}/ (${declared}; Ctrl+C stops it)\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
