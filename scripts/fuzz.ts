/**
 * The converter under fuzzing, for as long as you like (the bounded version runs in `npm test`,
 * tests/unit/convert/fuzz.test.ts). Mutates the bundled plan and the fixture plans and checks that
 * each conversion gives a valid model with its fidelity or a `FILE:LINE: ` ConvertError within the
 * file (tests/fuzz/plan-mutations.ts).
 *
 *   npm run fuzz -- [--runs N] [--seed S]   N cases in all (default 10000), spread over the plans;
 *                                           S defaults to a random seed, printed for reruns
 *   npm run fuzz -- --linearity [--repeat K] CPU time per input size: each long input against one
 *                                           20× as large, median of K runs (default 5); fails when
 *                                           the larger takes more than 30× as long
 * Exits 1 when a case fails, printing the mutations that reproduce it.
 */
import fc from 'fast-check';
import { ConvertError, convertPlan } from '../src/lib/convert/index.ts';
import {
  checkConversion,
  describeMutations,
  encode,
  LONG_LINE_UNITS,
  mutate,
  mutations,
  readPlan,
  SOURCE_PLANS,
  type Mutation,
} from '../tests/fuzz/plan-mutations.ts';

function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`fuzz: ${name} needs a whole number\n`);
    process.exit(2);
  }
  return n;
}

function fuzz(runs: number, seed: number): number {
  process.stdout.write(`fuzz: ${runs} cases, seed ${seed} (rerun: npm run fuzz -- --runs ${runs} --seed ${seed})\n`);
  const perPlan = Math.ceil(runs / SOURCE_PLANS.length);
  let failed = 0;
  let total = 0;
  const started = performance.now();
  for (const [k, plan] of SOURCE_PLANS.entries()) {
    const bytes = encode(readPlan(plan.path));
    const seen = { model: 0, error: 0 };
    const t0 = performance.now();
    const details = fc.check(
      fc.property(mutations, (ms: Mutation[]) => {
        const outcome = checkConversion(ms.reduce(mutate, bytes), plan.name);
        seen[outcome.result]++;
        if (outcome.problem) throw new Error(`${outcome.problem}${outcome.message ? `\n    ${outcome.message}` : ''}`);
      }),
      // Each plan gets its own stream of cases from the one seed.
      { seed: seed + k, numRuns: perPlan },
    );
    total += details.numRuns;
    const ms = performance.now() - t0;
    process.stdout.write(`  ${plan.name.padEnd(26)} ${String(details.numRuns).padStart(6)} cases  ${String(seen.model).padStart(6)} models  ${String(seen.error).padStart(6)} FILE:LINE errors  ${(ms / 1000).toFixed(1)} s\n`);
    if (details.failed) {
      failed++;
      const example = details.counterexample?.[0] as Mutation[] | undefined;
      process.stdout.write(`  FAILED ${plan.name}: ${example ? describeMutations(example) : '?'}\n    ${String(details.errorInstance ?? '').split('\n').slice(0, 3).join('\n    ')}\n`);
    }
  }
  process.stdout.write(`fuzz: ${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}: ${failed === 0 ? 'no failures' : `${failed} plan(s) with a failing case`}\n`);
  return failed === 0 ? 0 : 1;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The converter's own CPU time (ms) on one input (the property is checked once, untimed, by the caller). */
function timeOnce(bytes: Uint8Array, file: string): number {
  // A collection first (node --expose-gc), so garbage from the previous run is not billed to this one.
  (globalThis as { gc?: () => void }).gc?.();
  // CPU time of this process, not wall time: on a shared machine other work stretches the wall
  // clock of one run and not another, but not the CPU time the conversion itself takes.
  const t = process.cpuUsage();
  try {
    convertPlan(bytes, { file });
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
  }
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

/**
 * Each input against one exactly 20 times as large (in bytes), timed alternately so that other
 * work on the machine slows both alike; medians of `repeat` runs.
 */
function linearity(repeat: number): number {
  const plan = SOURCE_PLANS[0];
  const text = readPlan(plan.path);
  const base = encode(text).length;
  const small = 64 * 1024;
  // plan + a line of `small` bytes, and plan + a line making the whole input 20 times as large.
  const large = 20 * (base + small) - base;
  const inputs: { name: string; a: Uint8Array; b: Uint8Array }[] = LONG_LINE_UNITS.map((unit) => ({
    name: `line of ${JSON.stringify(unit)}`,
    a: mutate(encode(text), { kind: 'long-line', at: 150, unit, bytes: small }),
    b: mutate(encode(text), { kind: 'long-line', at: 150, unit, bytes: large }),
  }));
  // Many short lines that the repair pass joins into one paragraph, and lines printed many times.
  for (const unit of ['发展，\n', '发展，\n\n', '辽宁省人民政府\n', '（省发展改革委牵头）\n', '12\n']) {
    inputs.push({ name: `lines of ${JSON.stringify(unit)}`, a: mutate(encode(text), { kind: 'long-line', at: 150, unit, bytes: small }), b: mutate(encode(text), { kind: 'long-line', at: 150, unit, bytes: large }) });
  }
  inputs.push({ name: 'plan repeated', a: encode(text.repeat(2)), b: encode(text.repeat(40)) });
  process.stdout.write(`linearity: CPU time, median of ${repeat} runs, input A against input B (B is 20 times A); limit 30×\n`);
  let failed = 0;
  timeOnce(encode(text), plan.name);
  if (!('gc' in globalThis)) process.stdout.write('linearity: run with node --expose-gc (npm run fuzz does) for steadier figures\n');
  for (const { name, a, b } of inputs) {
    for (const input of [a, b]) {
      const outcome = checkConversion(input, plan.name);
      if (outcome.problem) throw new Error(`${name}: ${outcome.problem}`);
    }
    const ta: number[] = [];
    const tb: number[] = [];
    for (let r = 0; r < repeat; r++) {
      ta.push(timeOnce(a, plan.name));
      tb.push(timeOnce(b, plan.name));
    }
    const ratio = median(tb) / median(ta);
    const sizes = b.length / a.length;
    const ok = ratio <= 30;
    if (!ok) failed++;
    process.stdout.write(`  ${name.padEnd(34)} A ${(a.length / 1024).toFixed(0).padStart(5)} KB ${median(ta).toFixed(0).padStart(6)} ms   B ${(b.length / 1024).toFixed(0).padStart(5)} KB ${median(tb).toFixed(0).padStart(6)} ms   size ×${sizes.toFixed(1)}  time ×${ratio.toFixed(1)}${ok ? '' : '  TOO SLOW'}\n`);
  }
  process.stdout.write(`linearity: ${failed === 0 ? 'every input within 30× the time of one 20 times smaller' : `${failed} input(s) over the limit`}\n`);
  return failed === 0 ? 0 : 1;
}

const argv = process.argv.slice(2);
const known = new Set(['--runs', '--seed', '--linearity', '--repeat']);
const unknown = argv.find((a) => a.startsWith('--') && !known.has(a));
if (unknown) {
  process.stderr.write(`fuzz: unknown option ${unknown}\nusage: fuzz [--runs N] [--seed S] | --linearity [--repeat K]\n`);
  process.exit(2);
}
process.exitCode = argv.includes('--linearity')
  ? linearity(Math.max(1, option(argv, '--repeat', 5)))
  : fuzz(option(argv, '--runs', 10000), option(argv, '--seed', Math.floor(Math.random() * 2 ** 31)));
