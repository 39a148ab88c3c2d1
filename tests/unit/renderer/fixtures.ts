import type { TFunction } from 'i18next';
import type { ResidentSummary } from '../../../shared/residents.ts';

/** A `t` that shows which key was chosen and with what, so tests read the decision, not a wording. */
export const t = ((key: string, vars?: Record<string, unknown>) =>
  vars ? `${key}${JSON.stringify(vars)}` : key) as unknown as TFunction;

let n = 0;

/** A summary as the core sends it: a do-not-disclose resident without the real name. */
export function summary(over: Partial<Omit<ResidentSummary, 'displayName' | 'protected'>> = {}): ResidentSummary {
  n += 1;
  const base = {
    id: `id-${n}`,
    code: `R-2026-${String(n).padStart(4, '0')}`,
    givenName: 'Jelena' as string | null,
    familyName: 'Marković' as string | null,
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
    sex: 'female',
    dateOfBirth: '1994-05-17',
    birthYearEstimate: null,
    currentBed: null,
    ...over,
  } satisfies Omit<ResidentSummary, 'displayName' | 'protected'>;
  if (base.doNotDisclose)
    return { ...base, givenName: null, familyName: null, protected: true, displayName: base.alias || base.code };
  const name = `${base.givenName} ${base.familyName}`;
  return { ...base, protected: false, displayName: base.alias ? `${name} (${base.alias})` : name };
}
