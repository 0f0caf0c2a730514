import type { EntitySchema } from '@mikro-orm/core';
import { RosterError } from '@roster/core';

/** How a column's raw value becomes its property's value (see normalize-row.ts). */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'json';

/** One mapped property of an entity schema: its name, its column and how its value is read. */
export interface EntityColumn {
  readonly property: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

/** The table and columns of one entity, as its schema declares them (the one source of both names). */
export interface EntityTable<Row> {
  readonly table: string;
  readonly columns: readonly EntityColumn[];
  /** The column of a property (a misspelt property is refused when the statement is built). */
  column(property: keyof Row & string): string;
}

interface DeclaredProperty {
  readonly fieldName?: string;
  readonly type?: unknown;
  readonly runtimeType?: string;
}

const KINDS: Readonly<Partial<Record<string, ColumnKind>>> = {
  string: 'text',
  text: 'text',
  integer: 'number',
  double: 'number',
  boolean: 'boolean',
  datetime: 'date',
  json: 'json',
};

/** A declared type by name: a string (`'integer'`) or a type class (`DoubleType`, whose runtime type says number). */
function kindOf(entity: string, property: string, declared: DeclaredProperty): ColumnKind {
  if (declared.runtimeType === 'number') return 'number';
  const type = typeof declared.type === 'function' ? declared.type.name.replace(/Type$/, '').toLowerCase() : String(declared.type);
  const kind = KINDS[type];
  if (kind === undefined) throw new RosterError('INTERNAL', `${entity}.${property}: no raw read for the column type ${type}`);
  return kind;
}

/**
 * The table and columns of `schema`, from its declared metadata (every Roster schema names its
 * table and each property's column explicitly, so no naming strategy of a host can change them).
 */
export function entityTable<Row extends object>(schema: EntitySchema<Row>): EntityTable<Row> {
  const { className, tableName } = schema.meta;
  const declared = schema.meta.properties as unknown as Record<string, DeclaredProperty>;
  const columns = Object.entries(declared).map(([property, declaration]): EntityColumn => {
    if (declaration.fieldName === undefined) throw new RosterError('INTERNAL', `${className}.${property} names no column`);
    return { property, column: declaration.fieldName, kind: kindOf(className, property, declaration) };
  });
  const byProperty = new Map(columns.map((entry) => [entry.property, entry.column]));
  return {
    table: tableName,
    columns,
    column: (property) => {
      const column = byProperty.get(property);
      if (column === undefined) throw new RosterError('INTERNAL', `${className} has no property ${property}`);
      return column;
    },
  };
}
