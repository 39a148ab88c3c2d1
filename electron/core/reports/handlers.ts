import type { HandlerMap } from '../handler.ts';
import { donorFigures } from './donors.ts';
import { occupancyReport } from './service.ts';

export const reportsHandlers: HandlerMap<'reports.occupancy' | 'reports.donors'> = {
  'reports.occupancy': (input, { db }) => occupancyReport(db, input),
  'reports.donors': (input, { db }) => donorFigures(db, input),
};
