import type { SpecIndex } from '../spec/spec-types.js';

/** How a token is sent, from the spec's first security scheme (bearer by default). */
export function authScheme(spec: SpecIndex): { header: string; prefix: string } {
  const schemes = (
    spec.document.components as { securitySchemes?: Record<string, Record<string, unknown>> } | undefined
  )?.securitySchemes;
  const first = schemes ? Object.values(schemes)[0] : undefined;
  if (first?.type === 'apiKey' && first.in === 'header' && typeof first.name === 'string') {
    return { header: first.name.toLowerCase(), prefix: '' };
  }
  return { header: 'authorization', prefix: 'Bearer ' };
}
