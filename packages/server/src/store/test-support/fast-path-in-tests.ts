/**
 * Whether the store and server suites run with the fast path (`src/store/fast-path/`): vitest's `fast-path-off`
 * project runs them again with `FAST_PATH=off` (see vitest.config.ts). Test harnesses pass it to `openStore` and
 * `createApp`; the fast path's own tests set it explicitly.
 */
export const FAST_PATH_IN_TESTS = process.env.FAST_PATH !== 'off';
