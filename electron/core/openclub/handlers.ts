import type { HandlerMap } from '../handler.ts';
import {
  activityDetail,
  addAttendees,
  archiveActivity,
  countsFor,
  createActivity,
  createSession,
  editActivity,
  editSession,
  listActivities,
  removeAttendee,
} from './service.ts';

export const openClubHandlers: HandlerMap<
  | 'openclub.activities'
  | 'openclub.activity'
  | 'openclub.createActivity'
  | 'openclub.updateActivity'
  | 'openclub.archiveActivity'
  | 'openclub.createSession'
  | 'openclub.updateSession'
  | 'openclub.addAttendees'
  | 'openclub.removeAttendee'
  | 'openclub.counts'
> = {
  'openclub.activities': (_input, { db }) => listActivities(db),
  'openclub.activity': ({ id }, { db }) => activityDetail(db, id),
  'openclub.createActivity': ({ fields }, { db, actor }) => createActivity(db, fields, actor),
  'openclub.updateActivity': ({ id, fields }, { db, actor }) => {
    editActivity(db, id, fields, actor);
    return { ok: true };
  },
  'openclub.archiveActivity': ({ id, archived }, { db, actor }) => {
    archiveActivity(db, id, archived, actor);
    return { ok: true };
  },
  'openclub.createSession': (input, { db, actor }) => createSession(db, input, actor),
  'openclub.updateSession': (input, { db, actor }) => {
    editSession(db, input, actor);
    return { ok: true };
  },
  'openclub.addAttendees': (input, { db, actor }) => {
    addAttendees(db, input, actor);
    return { ok: true };
  },
  'openclub.removeAttendee': (input, { db, actor }) => {
    removeAttendee(db, input, actor);
    return { ok: true };
  },
  'openclub.counts': (input, { db }) => countsFor(db, input),
};
