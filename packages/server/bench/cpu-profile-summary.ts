/* Summarizes a V8 `.cpuprofile` (written by `node --cpu-prof`): where the self time goes, by function and by file. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** A line of the summary: self time in ms and its share of all samples. */
export interface ProfileEntry {
  name: string;
  selfMs: number;
  share: number;
}

/**
 * The group a frame's self time is charged to: its npm package (`kysely`, `@hono/node-server`), its folder in the
 * repository (`packages/server/src/store`), `node:` for Node's own JavaScript, or the native frame's name (SQLite work
 * shows up under the JavaScript function that called it, e.g. kysely's `executeQuery`).
 */
export function groupOf(file: string, functionName: string): string {
  if (file === '(native)') return functionName || '(native)';
  if (file.startsWith('node:')) return 'node:';
  if (file.startsWith('packages/')) return file.slice(0, file.lastIndexOf('/'));
  const parts = file.split('/');
  return (file.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Shortens a script URL to its path below `node_modules/` or the repository's `packages/`. */
export function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  const packages = path.indexOf('packages/');
  return packages >= 0 ? path.slice(packages) : path;
}

/** What {@link summarizeProfile} returns. Shares are of the busy time (all samples but `(idle)`). */
export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  groups: ProfileEntry[];
  functions: ProfileEntry[];
}

/**
 * Self time per group (see {@link groupOf}) and per function (`name (file:line)`), largest first, from the profile's
 * samples and their time deltas (microseconds).
 */
export function summarizeProfile(profile: CpuProfile, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i] ?? 0));
  });
  let busy = 0;
  let idle = 0;
  const functions = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    const file = shortUrl(frame.url);
    const name = `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1})`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const group = groupOf(file, frame.functionName);
    groups.set(group, (groups.get(group) ?? 0) + us);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: busy > 0 ? us / busy : 0 }));
  return { busyMs: busy / 1000, idleMs: idle / 1000, groups: rank(groups), functions: rank(functions) };
}

/** The summary as text: busy/idle, then the two ranked lists. */
export function formatProfileSummary(summary: ProfileSummary): string {
  const line = (e: ProfileEntry) =>
    `  ${(e.share * 100).toFixed(1).padStart(5)}%  ${e.selfMs.toFixed(0).padStart(7)} ms  ${e.name}`;
  return [
    `busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms; self time by group:`,
    ...summary.groups.map(line),
    'self time by function:',
    ...summary.functions.map(line),
  ].join('\n');
}
