import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startSignal } from '../../../src/lib/build/start-signal.ts';

describe('a stage started before its input (src/lib/build/start-signal.ts)', () => {
  it('goes at the first line, however it arrives in pieces', async () => {
    const input = new PassThrough();
    const go = startSignal(input);
    input.write('g');
    input.write('o\n');
    expect(await go).toBe(true);
  });

  it('does not go when its input ends without a line (the build failed)', async () => {
    const input = new PassThrough();
    const go = startSignal(input);
    input.end('go');
    expect(await go).toBe(false);
  });

  it('a script that waits for it runs at the line, and ends without running when its parent closes stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-signal-'));
    const script = join(dir, 'stage.ts');
    writeFileSync(script, `import { awaitStart } from ${JSON.stringify(join(process.cwd(), 'src/lib/build/start-signal.ts'))};\n` +
      'const args = await awaitStart(process.argv.slice(2));\nprocess.stdout.write(`ran ${args.join(" ")}`);\n');
    const run = (line: string | null) => new Promise<{ code: number | null; out: string }>((done) => {
      const child = spawn(process.execPath, [script, 'DIR', '--when-signalled'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.on('exit', (code) => done({ code, out }));
      child.stdin.end(line ?? undefined);
    });
    expect(await run('go\n')).toEqual({ code: 0, out: 'ran DIR' });
    expect(await run(null)).toEqual({ code: 0, out: '' });
  });
});
