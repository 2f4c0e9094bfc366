import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { StoreDialect } from '../store.js';

/** The database a migration runs on, untyped: migrations see the schema as it was when they were written. */
export type Db = Kysely<unknown>;

/** The column types that differ between the dialects. */
export interface ColumnTypes {
  bool: 'boolean' | 'integer';
  timestamp: 'timestamptz' | 'text';
  json: 'jsonb' | 'text';
  bytes: 'bytea' | 'blob';
  /** Adds an autoincrement primary key column `id`. */
  addSerialId<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

/** The {@link ColumnTypes} of a dialect. */
export function columnTypes(dialect: StoreDialect): ColumnTypes {
  const pg = dialect === 'postgres';
  return {
    bool: pg ? 'boolean' : 'integer',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bytes: pg ? 'bytea' : 'blob',
    addSerialId: (table) =>
      pg
        ? table.addColumn('id', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

export const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
export const cascadeTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
export const setNullTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');
