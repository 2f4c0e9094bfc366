import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const typeTest = fileURLToPath(new URL('./openapi-fetch.test-d.ts', import.meta.url));

/** Type-checks the client type test (and so the emitted snapshot it imports) with the given extra options. */
function diagnostics(extra: ts.CompilerOptions): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    ...extra,
  };
  const program = ts.createProgram([typeTest], options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('emitted client types', () => {
  it('type-check under exactOptionalPropertyTypes (including every @ts-expect-error still being an error)', () => {
    expect(diagnostics({ exactOptionalPropertyTypes: true })).toEqual([]);
  });
});
