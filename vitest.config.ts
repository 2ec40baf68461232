import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The one test configuration, as two projects:
 * - unit (npm run test:unit, `npx vitest run --project unit`): tests/unit/, no build needed;
 * - e2e (npm run test:e2e, after npm run build): Chromium against the built site (dist/), served by
 *   tests/support/e2e/setup.ts. One file at a time: one Chromium per file, and the machines have two
 *   cores; a browser or a fixture-site build needs a minute, not vitest's default five seconds.
 * A bare `npx vitest run` runs both.
 *
 * Under StrykerJS (npm run mutate; stryker.config.json) the unit project runs alone and without
 * the four files below. Stryker's vitest runner runs every project of the config it is given and
 * has no project option, so the config asks: Stryker starts each of its test runners in a worker
 * process it marks with STRYKER_MUTATOR_WORKER. The four files are the fuzzing runs (converter
 * and Word reader), the linear-time guards and the synthetic 100-plan library: each converts megabytes or whole
 * libraries, and under instrumentation they made a full run take hours, since every surviving
 * converter mutant ran them all. They check robustness and speed, not rules, so leaving them out
 * can only lower the mutation score, never raise it.
 */
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;
const tooHeavyToMutate = ['tests/unit/convert/fuzz.test.ts', 'tests/unit/read/docx-fuzz.test.ts', 'tests/unit/convert/linear-time.test.ts', 'tests/unit/scripts-scale.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...(mutating ? tooHeavyToMutate : [])],
        },
      },
      ...(mutating
        ? []
        : [
            {
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                globalSetup: ['tests/support/e2e/setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 60_000,
                fileParallelism: false,
              },
            },
          ]),
    ],
  },
});
