import type { HandlerMap } from '../handler.ts';
import { donorFigures } from './donors.ts';
import { occupancy } from './in-worker.ts';

export const reportsHandlers: HandlerMap<'reports.occupancy' | 'reports.donors'> = {
  'reports.occupancy': (input, { core, client }) => occupancy(core, client, input),
  'reports.donors': (input, { db }) => donorFigures(db, input),
};
