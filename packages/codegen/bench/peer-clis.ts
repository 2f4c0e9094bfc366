/**
 * The peers' CLIs the CLI benchmark runs beside ours, installed for the benchmark only (never a dependency of the
 * repository): into `node_modules/.cache/org-api-codegen-bench/` at the repository root, once, by npm.
 * Versions are the latest that install and run on Node 20 (orval 7.14+ needs Node 22).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/repo-root.js';

/** Where the peers are installed. */
export const PEERS_DIR = path.join(REPO_ROOT, 'node_modules/.cache/org-api-codegen-bench');

/** One peer: its package, pinned version, and the command line generating from `spec` into `outDir`. */
export interface PeerCli {
  name: string;
  version: string;
  /** What its output is, for the report. */
  what: string;
  args(spec: string, outDir: string): string[];
}

export const PEERS: PeerCli[] = [
  {
    name: 'hono-takibi',
    version: '0.9.995',
    what: 'Hono + zod-openapi routes and schemas',
    args: (spec, outDir) => [bin('hono-takibi', 'dist/index.js'), spec, '-o', path.join(outDir, 'index.ts')],
  },
  {
    name: 'orval',
    version: '7.13.2',
    what: 'Hono handlers + zod schemas (--client hono)',
    args: (spec, outDir) => [
      bin('orval', 'dist/bin/orval.js'),
      '-i',
      spec,
      '-o',
      path.join(outDir, 'api.ts'),
      '--client',
      'hono',
    ],
  },
];

function bin(name: string, file: string): string {
  return path.join(PEERS_DIR, 'node_modules', name, file);
}

/** Installs the pinned peers when missing or of another version; prints what it does (it takes a minute). */
export function ensurePeers(): void {
  const wanted = Object.fromEntries(PEERS.map((peer) => [peer.name, peer.version]));
  const installed = PEERS.every((peer) => {
    const manifest = path.join(PEERS_DIR, 'node_modules', peer.name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === peer.version;
  });
  if (installed) return;
  console.log(
    `installing ${PEERS.map((p) => `${p.name}@${p.version}`).join(', ')} into ${PEERS_DIR} (once)…`,
  );
  mkdirSync(PEERS_DIR, { recursive: true });
  writeFileSync(
    path.join(PEERS_DIR, 'package.json'),
    `${JSON.stringify({ private: true, dependencies: wanted }, null, 2)}\n`,
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: PEERS_DIR,
    stdio: 'inherit',
  });
}
