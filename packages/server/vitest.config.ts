import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// `@org-api/source` resolves workspace packages (the client) to their TypeScript sources instead of `dist/`.
const conditions = ['@org-api/source', ...defaultServerConditions];

export default defineConfig({
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    testTimeout: 30_000,
  },
});
