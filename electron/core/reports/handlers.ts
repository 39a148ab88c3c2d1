import type { HandlerMap } from '../handler.ts';
import { occupancyReport } from './service.ts';

export const reportsHandlers: HandlerMap<'reports.occupancy'> = {
  'reports.occupancy': (input, { db }) => occupancyReport(db, input),
};
