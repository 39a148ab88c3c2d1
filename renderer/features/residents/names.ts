import type { ResidentSummary } from '../../../shared/residents.ts';
import { displayName } from './ResidentFlags.tsx';

/** The shown name followed by the code, without saying the code twice (do-not-disclose, no alias). */
export function nameWithCode(r: Pick<ResidentSummary, 'doNotDisclose' | 'alias' | 'code' | 'givenName' | 'familyName'>): string {
  const name = displayName(r);
  return name === r.code ? name : `${name} · ${r.code}`;
}
