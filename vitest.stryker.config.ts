import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * The unit tests as StrykerJS runs them (npm run mutate). Left out: the fuzzing run, the synthetic
 * 100-plan library and the linear-time guards. Each converts megabytes or whole libraries; under
 * instrumentation they made a full run take hours, since every surviving converter mutant ran them
 * all. They check robustness and speed, not rules, so leaving them out can only lower the score.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, 'tests/unit/convert/fuzz.test.ts', 'tests/unit/convert/linear-time.test.ts', 'tests/unit/scripts-scale.test.ts'],
    },
  }),
);
