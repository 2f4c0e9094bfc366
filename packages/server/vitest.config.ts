import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `@org-api/source` resolves workspace packages (the client) to their TypeScript sources instead of `dist/`.
const conditions = ['@org-api/source', ...defaultServerConditions];

export default defineConfig({
  ssr: { resolve: { conditions } },
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
        },
      },
      {
        // The store and server suites again without the speed layer (`src/store/fast-path/`): the answers must be
        // the same. The fast path's own tests (and the members page cache test) are about the layer itself.
        extends: true,
        test: {
          name: 'fast-path-off',
          include: ['test/store/**/*.test.ts', 'test/client/**/*.test.ts', 'src/handlers/**/*.test.ts'],
          exclude: ['src/handlers/members-list-cache.test.ts'],
          env: { FAST_PATH: 'off' },
        },
      },
    ],
  },
});
