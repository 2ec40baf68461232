import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = () => JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const lockedNode = () => (JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> }).packages['node_modules/node'].version;

describe('npm run setup: the first install, run by the project\'s own Node', () => {
  it('runs npm ci under npm exec of the node package at the version the lockfile pins', () => {
    const setup = pkg().scripts.setup;
    const m = /^npm exec --yes --package=node@(.+?) -- npm ci\b/.exec(setup);
    expect(m, setup).not.toBeNull();
    // The version is read from the lockfile when the script runs (by the machine's Node, before any
    // install): evaluate it as the shell would.
    const r = spawnSync('sh', ['-c', `echo ${m![1]}`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(lockedNode());
  });

  it('the locked Node is the major the devDependency asks for (≥ 22, which the dependencies want)', () => {
    const major = Number(lockedNode().split('.')[0]);
    expect(pkg().devDependencies.node).toMatch(new RegExp(`^\\^${major}\\.`));
    expect(major).toBeGreaterThanOrEqual(22);
  });

  it('CI installs the same way', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm run setup$/m);
    expect(readFileSync('.ci/run', 'utf8')).not.toMatch(/^npm (ci|install)\b/m);
  });
});

describe('npm install: quiet, with the engines checked against the Node the project runs on', () => {
  it('npm prints errors only, and the postinstall check runs with the pinned Node', () => {
    expect(readFileSync('.npmrc', 'utf8')).toMatch(/^loglevel=error$/m);
    expect(pkg().scripts.postinstall).toBe('node scripts/check-engines.ts');
  });

  it('names a package whose engines exclude the running Node, and only such packages', async () => {
    const { unsupported } = await import('../../scripts/check-engines.ts');
    const packages = {
      '': { engines: { node: '>=99' } },
      'node_modules/astro': { engines: { node: '>=22.12.0' } },
      'node_modules/old': { engines: { node: '^18 || ^20' } },
      'node_modules/a/node_modules/nested': { engines: { node: '<24' } },
      'node_modules/opt': { engines: { node: '<1' }, optional: true },
      'node_modules/legacy': { engines: ['node >= 0.8'] },
      'node_modules/none': {},
    };
    expect(unsupported(packages, 'v24.21.0')).toEqual([
      { name: 'old', required: '^18 || ^20' },
      { name: 'nested', required: '<24' },
    ]);
    expect(unsupported(packages, 'v20.20.2').map((p) => p.name)).toEqual(['astro']);
  });

  it('every locked package supports the locked Node', async () => {
    const { unsupported } = await import('../../scripts/check-engines.ts');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, object> };
    expect(unsupported(lock.packages, `v${lockedNode()}`)).toEqual([]);
  });
});
