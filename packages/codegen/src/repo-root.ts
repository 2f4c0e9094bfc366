import path from 'node:path';

/**
 * The repository root: this module is `<root>/packages/codegen/src/repo-root.ts`, or part of the CLI bundle in
 * `<root>/packages/codegen/build/`, at the same depth.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
