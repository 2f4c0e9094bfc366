import { defineConfig } from 'vitest/config';

/** The benchmark's own helpers (`npx vitest run --config bench/vitest.config.ts`); the package's config covers src/. */
export default defineConfig({
  test: { include: ['bench/**/*.test.ts'], testTimeout: 30_000 },
});
