export { DEFAULT_DATABASE_URL, type OpenStoreOptions, openStore } from './open-store.js';
export { MAX_PROJECTS_PER_ORGANIZATION } from './resources/projects-store.js';
export type {
  ListMembersQuery,
  ListProjectsQuery,
  OwnerGuardOptions,
  Result,
  Store,
  StoreDialect,
} from './store.js';
export { StoreError } from './store.js';
