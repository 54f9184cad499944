/** The schema version this library writes and understands (major.minor). */
export const SCHEMA_VERSION = '1.0';

/** Every dataset kind a report document may hold. */
export const DATASET_KINDS = ['kpi', 'sla', 'series', 'matrix', 'table', 'share'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];
