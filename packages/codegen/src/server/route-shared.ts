import { toIdentifier } from '../schema/code-literal.js';

/** The kinds of `components` whose members routes.gen.ts declares once and references from every route. */
export type SharedKind = 'responses' | 'parameters';

const SUFFIX: Record<SharedKind, string> = { responses: 'response', parameters: 'parameter' };
const COMPONENT_REF = /^#\/components\/(responses|parameters)\/([^/]+)$/;

/**
 * The shared declarations of routes.gen.ts: one `const` per `components/responses` or `components/parameters` member
 * that an operation references (`$ref`), emitted the first time it is met, referenced by name from every route.
 * Why: the same 429 response was otherwise written out in each of 21 routes.
 */
export class SharedDeclarations {
  private readonly identifiers = new Map<string, string>();
  private readonly declarations: string[] = [];

  /** @param taken identifiers already used in the file (route names, exports), never reused. */
  constructor(private readonly taken: Set<string>) {}

  /**
   * The identifier for the component a `$ref` names, declaring it with `emit()` on first use; undefined for any
   * other value (an inline object, a ref elsewhere), which the caller emits in place.
   */
  reference(raw: unknown, kind: SharedKind, emit: () => string): string | undefined {
    const ref = (raw as { $ref?: unknown } | null)?.$ref;
    const match = typeof ref === 'string' ? COMPONENT_REF.exec(ref) : null;
    if (!match || match[1] !== kind) return undefined;
    const key = `${kind}/${match[2]}`;
    const known = this.identifiers.get(key);
    if (known !== undefined) return known;
    const name = decodeURIComponent(match[2] as string)
      .replaceAll('~1', '/')
      .replaceAll('~0', '~');
    const base = `${toIdentifier(name)}_${SUFFIX[kind]}`;
    let identifier = base;
    for (let n = 2; this.taken.has(identifier); n++) identifier = `${base}${n}`;
    this.taken.add(identifier);
    // Declared only after its own emission, which may declare what it uses first.
    const code = emit();
    this.identifiers.set(key, identifier);
    const comment = `#/components/${kind}/${name}`.replaceAll('*/', '*\\/');
    this.declarations.push(`/** \`${comment}\` */\nconst ${identifier} = ${code};\n`);
    return identifier;
  }

  /** Every declaration made so far, in order of first use. */
  emitted(): string[] {
    return [...this.declarations];
  }
}
