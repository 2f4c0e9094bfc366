/**
 * Formats printer output to the repository's style: 2-space indentation (the TypeScript printer indents by 4)
 * and exactly one trailing newline. Only leading indentation is touched, so JSDoc text is kept as written.
 */
export function formatTypeScript(source: string): string {
  const lines = source.split('\n').map((line) => {
    let indent = 0;
    while (line.startsWith('    ', indent)) indent += 4;
    return indent === 0 ? line : ' '.repeat(indent / 2) + line.slice(indent);
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
