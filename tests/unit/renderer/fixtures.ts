import type { TFunction } from 'i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';

/** A `t` that shows which key was chosen and with what, so tests read the decision, not a wording. */
export const t = ((key: string, vars?: Record<string, unknown>) => (vars ? `${key}${JSON.stringify(vars)}` : key)) as unknown as TFunction;

let n = 0;
export function summary(over: Partial<ResidentSummary> = {}): ResidentSummary {
  n += 1;
  return {
    id: `id-${n}`,
    code: `R-2026-${String(n).padStart(4, '0')}`,
    givenName: 'Jelena',
    familyName: 'Marković',
    alias: '',
    status: 'referred',
    identificationStatus: 'potential',
    referralOutcome: 'pending',
    referralDate: '2026-03-01',
    referralSource: 'center',
    referredBy: '',
    riskLevel: 'medium',
    doNotDisclose: false,
    minor: false,
    dateOfBirth: '1994-05-17',
    birthYearEstimate: null,
    currentBed: null,
    ...over,
  };
}
