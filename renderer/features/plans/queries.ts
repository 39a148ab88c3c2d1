import type { Channel } from '../../../shared/contract.ts';
import { useChannelQuery } from '../../api.ts';

/** What a change to a plan shows up in (Today's lists read the same tables through their own channels). */
export const PLAN_VIEWS = ['plans.get'] as const satisfies readonly Channel[];

/** A resident's plan: the active version, or the one asked for, with the list of versions. */
export function usePlan(residentId: string, version: number | null) {
  return useChannelQuery('plans.get', version === null ? { residentId } : { residentId, version }, {
    enabled: residentId !== '',
  });
}

export const planPrintPath = (residentId: string, version: number) => `/residents/${residentId}/plan/${version}/print`;
