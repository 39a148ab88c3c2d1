import { localIsoDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { HandlerMap } from '../handler.ts';
import { todayFor } from './service.ts';

export const todayHandlers: HandlerMap<'today.get'> = {
  'today.get': (_input, { db, now, client }) => {
    const session = client.session;
    if (!session) throw new AppError('NO_SESSION', 'Sign in first.');
    return todayFor(db, localIsoDate(now), { userId: session.userId, role: session.role });
  },
};
