import type { Plugin } from 'vite';

export function integrityOf(bytes: Uint8Array | string): string;
export function integrityFile(): Plugin;
