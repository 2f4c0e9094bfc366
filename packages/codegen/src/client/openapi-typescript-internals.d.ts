/**
 * Types of the openapi-typescript modules the client emitter imports directly (the package's `./*` export), so that
 * loading them does not load `openapi-typescript`'s entry point and with it @redocly/openapi-core.
 */
declare module 'openapi-typescript/dist/lib/ts.mjs' {
  export { astToString } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/lib/utils.mjs' {
  export { resolveRef, scanDiscriminators } from 'openapi-typescript';
}
declare module 'openapi-typescript/dist/transform/index.mjs' {
  export { transformSchema as default } from 'openapi-typescript';
}
