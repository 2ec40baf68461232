import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from '../tests/support/e2e/server.ts';
const run = promisify(execFile);
const { server, url } = await serve('dist');
for (const dark of [[], ['--dark']]) {
  const r = await run(process.execPath, ['scripts/screenshot.ts', url, `/search/?q=${encodeURIComponent('钢铁')}`, '--out', '/tmp/sr-shots', '--full', ...dark], { encoding: 'utf8' });
  console.log(r.stdout, r.stderr);
}
server.close();
