import type { ShareDataset } from '../share.js';
import { addUp } from './number.js';

/** The whole the parts make up (100 for percent shares that add up). */
export function shareTotal(share: ShareDataset): number {
  return addUp(share.parts.map((p) => p.value));
}
