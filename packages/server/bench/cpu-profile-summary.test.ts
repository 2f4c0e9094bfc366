import { describe, expect, it } from 'vitest';
import { formatProfileSummary, groupOf, shortUrl, summarizeProfile } from './cpu-profile-summary.js';

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

describe('summarizeProfile', () => {
  it('adds up busy self time per group and per function, idle apart', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '', -1) },
        { id: 2, callFrame: frame('compile', 'file:///r/node_modules/kysely/dist/esm/compiler.js', 9) },
        { id: 3, callFrame: frame('', 'file:///work/main/packages/server/src/store/members-repo.ts', 41) },
        { id: 4, callFrame: frame('compile', 'file:///r/node_modules/kysely/dist/esm/compiler.js', 9) },
        { id: 5, callFrame: frame('(garbage collector)', '', -1) },
      ],
      samples: [2, 3, 2, 4, 1, 5],
      timeDeltas: [1000, 3000, 2000, 1000, 3000, 2000],
    };
    const summary = summarizeProfile(profile, 2);
    expect(summary.busyMs).toBe(9);
    expect(summary.idleMs).toBe(3);
    expect(summary.groups.map((g) => [g.name, g.selfMs])).toEqual([
      ['kysely', 4],
      ['packages/server/src/store', 3],
    ]);
    expect(summary.functions.map((f) => [f.name, f.selfMs])).toEqual([
      ['compile (kysely/dist/esm/compiler.js:10)', 4],
      ['(anonymous) (packages/server/src/store/members-repo.ts:42)', 3],
    ]);
    expect(formatProfileSummary(summary).split('\n')).toEqual([
      'busy 9 ms, idle 3 ms; self time by group:',
      '   44.4%        4 ms  kysely',
      '   33.3%        3 ms  packages/server/src/store',
      'self time by function:',
      '   44.4%        4 ms  compile (kysely/dist/esm/compiler.js:10)',
      '   33.3%        3 ms  (anonymous) (packages/server/src/store/members-repo.ts:42)',
    ]);
  });

  it('shortens URLs and groups frames', () => {
    expect(shortUrl('')).toBe('(native)');
    expect(shortUrl('node:internal/http')).toBe('node:internal/http');
    expect(groupOf('(native)', 'writev')).toBe('writev');
    expect(groupOf('node:internal/http', 'x')).toBe('node:');
    expect(groupOf('@hono/node-server/dist/index.mjs', 'x')).toBe('@hono/node-server');
    expect(groupOf('packages/server/src/http/app.ts', 'x')).toBe('packages/server/src/http');
  });
});
