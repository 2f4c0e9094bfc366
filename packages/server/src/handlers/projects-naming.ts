/** Name of a project created without `name` (upstream's model default). */
export const DEFAULT_PROJECT_NAME = 'Default project';

/**
 * The default name for a new project, unique in the organization (case-insensitive): `Default project`, else
 * `Default project 2`, `Default project 3`, … (the smallest free number).
 *
 * @param existingNames names of the organization's projects (pending deletions included); the store calls this
 *   inside its create transaction (`Store.createProject` option `pickName`)
 * @example
 * pickDefaultProjectName(['Default project', 'default project 3']); // 'Default project 2'
 */
export function pickDefaultProjectName(existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map((name) => name.toLowerCase()));
  if (!taken.has(DEFAULT_PROJECT_NAME.toLowerCase())) return DEFAULT_PROJECT_NAME;
  for (let n = 2; ; n++) {
    const candidate = `${DEFAULT_PROJECT_NAME} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
