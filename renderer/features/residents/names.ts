import type { ResidentSummary } from '../../../shared/residents.ts';

/**
 * The name the core built for shared screens (alias or code only for a protected resident) followed
 * by the code, without saying the code twice (protected, no alias).
 */
export function nameWithCode(r: Pick<ResidentSummary, 'displayName' | 'code'>): string {
  return r.displayName === r.code ? r.displayName : `${r.displayName} · ${r.code}`;
}
