import type { Dependency } from 'rollup-plugin-license';

export const NOTICES_FILE: string;
export function noticesText(dependencies: Dependency[]): string;
