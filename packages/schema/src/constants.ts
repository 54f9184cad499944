/** The schema version this library writes and understands (major.minor). */
export const SCHEMA_VERSION = '1.0';

/** Every dataset kind a report document may hold. */
export const DATASET_KINDS = ['kpi', 'sla', 'series', 'matrix', 'table', 'share'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** The kinds of table column: what a column's cells hold and how they are written. */
export const COLUMN_TYPES = ['text', 'count', 'decimal', 'currency', 'percent', 'delta'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
