/**
 * Optional properties that valid (positive) data leaves out by default because their values must refer to other
 * resources, which a schema cannot express: a generated value is valid for the schema yet rightly refused by the
 * server (e.g. `private_project_access: [{ id: 653 }]` naming a project that does not exist). Negative data still
 * mutates them. Override with `RunOptions.omitProperties`.
 */
export const DEFAULT_OMITTED_PROPERTIES: readonly string[] = ['private_project_access'];
