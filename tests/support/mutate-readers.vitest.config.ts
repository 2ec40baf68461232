import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Mutation testing of the readers and the converter's reading stages (stryker.readers.json): the
 * reader and converter unit tests alone. The whole unit project (vitest.config.ts) also brings in
 * tests that spawn the CLI, which cannot resolve the shared node_modules from Stryker's sandbox and
 * fail its initial run; they test commands, not these modules' rules.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/read/**/*.test.ts', 'tests/unit/convert/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/unit/convert/fuzz.test.ts', 'tests/unit/read/docx-fuzz.test.ts', 'tests/unit/convert/linear-time.test.ts'],
  },
});
