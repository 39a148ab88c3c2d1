import type { Channel } from '../../../shared/contract.ts';

/** What a change to Open Club shows up in. */
export const OPENCLUB_VIEWS: readonly Channel[] = ['openclub.activities', 'openclub.activity', 'openclub.counts'];
