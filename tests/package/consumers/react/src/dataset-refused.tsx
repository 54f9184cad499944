// Type-checked with the app, never rendered: `dataset` is HTMLElement's own read-only property,
// and React 19 setting it throws and unmounts the tree. The types must refuse it.
import type {} from '@cst/widgets/react';

// @ts-expect-error `dataset` is not a prop of the elements: use datasetId
export const refused = <cst-sla-table dataset="sla"></cst-sla-table>;
export const accepted = <cst-sla-table datasetId="sla" theme="dark"></cst-sla-table>;
