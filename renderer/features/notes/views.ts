import type { Channel } from '../../../shared/contract.ts';

/** What writing or correcting a note can show up in. */
export const NOTE_VIEWS = ['notes.list', 'notes.get'] as const satisfies readonly Channel[];
