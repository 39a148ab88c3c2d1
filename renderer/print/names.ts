import type { ResidentSummary } from '../../shared/residents.ts';

/**
 * A resident on paper: the code alone when the print is "codes instead of names", else the name the
 * core gave for shared output (alias or code for a protected resident) with the code beside it.
 */
export function residentLabel(r: Pick<ResidentSummary, 'displayName' | 'code'>, codesOnly: boolean): string {
  if (codesOnly || r.displayName === r.code) return r.code;
  return `${r.displayName} · ${r.code}`;
}
