/**
 * A build stage started before its input exists. src/integrations/build-stages.ts starts the
 * search index and the compression when Astro starts writing pages, with `--when-signalled`, so
 * that Node's start and the stage's modules (≈ 0.3 s each) load while Astro renders instead of
 * after its last page; once the pages are written the build writes one line on the stage's stdin.
 * A build that fails first never writes it: stdin then closes (the build's process is gone) and
 * the stage exits without running.
 */
import type { Readable } from 'node:stream';

export const WHEN_SIGNALLED = '--when-signalled';

/** Resolves true at the first line on `input`, false when it ends without one. */
export function startSignal(input: Readable = process.stdin): Promise<boolean> {
  return new Promise((settle) => {
    let text = '';
    const done = (go: boolean) => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onEnd);
      // Nothing more is read: the stage may end as soon as its work is done.
      input.destroy();
      settle(go);
    };
    const onData = (chunk: Buffer | string) => {
      text += String(chunk);
      if (text.includes('\n')) done(true);
    };
    const onEnd = () => done(false);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onEnd);
  });
}

/**
 * The stage's arguments without the flag; with the flag, first waits for the signal and ends the
 * process when none comes.
 */
export async function awaitStart(args: string[]): Promise<string[]> {
  if (!args.includes(WHEN_SIGNALLED)) return args;
  if (!(await startSignal())) process.exit(0);
  return args.filter((a) => a !== WHEN_SIGNALLED);
}
