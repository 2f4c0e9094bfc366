/* Summarizes a V8 `.cpuprofile` (written by `node --cpu-prof`): where the self time goes, by function and by file. */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A frame's position as V8 reports it (0-based line and column; -1 when unknown). */
export interface FramePosition {
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

interface ProfileNode {
  id: number;
  callFrame: FramePosition & { functionName: string };
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

/** Maps a frame of generated code (a bundle) to its source; returns the frame unchanged when it cannot. */
export type FrameMapper = (frame: FramePosition) => { url: string; lineNumber: number };

/**
 * Maps frames of bundles (`build/*.mjs`, run by the benchmark) to their sources through the bundle's linked source map
 * (`<bundle>.map`, read once per bundle), so groups and functions name `packages/server/src/…` and `node_modules/…`
 * files as when the server runs from its sources. Frames without a map (sources under tsx, node_modules, `node:`) and
 * positions the map does not cover stay as they are.
 */
export function createSourceMapMapper(): FrameMapper {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string): SourceMap | undefined => {
    if (!maps.has(url)) {
      const path =
        url.startsWith('file://') && !url.includes('/node_modules/') ? `${fileURLToPath(url)}.map` : '';
      maps.set(
        url,
        path && existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : undefined,
      );
    }
    return maps.get(url);
  };
  return (frame) => {
    const map = frame.lineNumber >= 0 ? mapOf(frame.url) : undefined;
    const entry = map?.findEntry(frame.lineNumber, Math.max(0, frame.columnNumber ?? 0));
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return frame;
    // Sources are relative to the map's location (`../src/main.ts`).
    return { url: new URL(entry.originalSource, frame.url).href, lineNumber: entry.originalLine };
  };
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
 * samples and their time deltas (microseconds). Frames of bundled code are charged to their sources (`mapFrame`,
 * default {@link createSourceMapMapper}).
 */
export function summarizeProfile(
  profile: CpuProfile,
  top = 20,
  mapFrame: FrameMapper = createSourceMapMapper(),
): ProfileSummary {
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
    const source = mapFrame(frame);
    const file = shortUrl(source.url);
    const name = `${frame.functionName || '(anonymous)'} (${file}:${source.lineNumber + 1})`;
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
