import { z } from 'zod';
import type { Role } from './roles.ts';
import {
  languageSchema,
  loginPasswordSchema,
  passwordSchema,
  recoveryKeySchema,
  sessionViewSchema,
  setupInputSchema,
  usernameSchema,
  vaultStatusSchema,
} from './domain.ts';
import { isoDateSchema } from './dates.ts';
import {
  DECLINE_REASONS,
  residentDetailSchema,
  residentFieldsSchema,
  residentSummarySchema,
  revealedNameSchema,
} from './residents.ts';
import { bedLabelSchema, outageInputSchema, roomFieldsSchema, roomSchema } from './rooms.ts';
import {
  backupCreateInputSchema,
  backupCreateOutputSchema,
  backupInfoSchema,
  backupOpenInputSchema,
  backupProgressSchema,
  backupRestoreInputSchema,
  backupSettingsInputSchema,
  backupStatusSchema,
  driveSchema,
  folderInfoSchema,
  issuedPasswordSchema,
  recoveryInspectInputSchema,
  recoveryInspectOutputSchema,
  recoveryRestoreInputSchema,
} from './backup.ts';
import { draftDataSchema, draftKeySchema, draftRouteSchema, draftSchema } from './drafts.ts';
import { todaySchema } from './today.ts';
import { idleMinutesSchema, lockReasonSchema, sessionSettingsSchema } from './session.ts';
import { printRecordSchema } from './print.ts';
import { noteCorrectionInputSchema, noteDetailSchema, noteInputSchema, noteSchema } from './notes.ts';
import { hearingCreateSchema, hearingSchema, hearingUpdateSchema } from './hearings.ts';
import {
  accountIdSchema,
  accountSchema,
  activeUserSchema,
  newAccountSchema,
  setRoleSchema,
  temporaryPasswordSchema,
} from './users.ts';
import {
  auditCsvSchema,
  auditFilterOptionsSchema,
  auditFiltersSchema,
  auditListInputSchema,
  auditPageSchema,
  recordReadersSchema,
  verifyResultSchema,
} from './audit.ts';
import { occupancyReportSchema, periodInputSchema } from './reports.ts';
import { donorFiguresSchema } from './donors.ts';
import {
  activityDetailSchema,
  activityFieldsSchema,
  activitySchema,
  attendeeRemoveSchema,
  attendeesAddSchema,
  openClubCountsSchema,
  sessionCreateSchema,
  sessionUpdateSchema,
} from './openclub.ts';
import {
  createActionInputSchema,
  createGoalInputSchema,
  createReviewInputSchema,
  planGetInputSchema,
  planGetOutputSchema,
  updateActionInputSchema,
  updateGoalInputSchema,
  updateReviewInputSchema,
} from './plans.ts';
import {
  admitInputSchema,
  boardSchema,
  exitInputSchema,
  expectedLeavingInputSchema,
  moveInputSchema,
  planInputSchema,
} from './stays.ts';

/**
 * `public`: callable without a session (vault state, set-up, login).
 * A role: the least role of a signed-in user that may call it.
 */
export type Access = 'public' | Role;

/** Every channel states who may call it: `access` is required, so a channel without it does not compile. */
export interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Allowed while the session must still change its password (after a recovery-key login). */
  duringPasswordChange?: boolean;
}

function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}

const empty = z.object({}).strict();
const byId = z.object({ id: z.string().min(1) }).strict();
const done = z.object({ ok: z.literal(true) });

/** The single list of IPC channels: input, output and least role of each. */
export const contract = {
  'vault.status': channel({ input: empty, output: vaultStatusSchema, access: 'public' }),
  'vault.setup': channel({
    input: setupInputSchema.strict(),
    output: z.object({ recoveryKey: z.string(), session: sessionViewSchema }),
    access: 'public',
  }),
  // Disaster recovery in the set-up wizard: public like vault.setup, refused once a vault exists.
  'vault.inspectBackup': channel({
    input: recoveryInspectInputSchema,
    output: recoveryInspectOutputSchema,
    access: 'public',
  }),
  'vault.restoreBackup': channel({
    input: recoveryRestoreInputSchema,
    output: z.object({
      recoveryKey: z.string(),
      session: sessionViewSchema,
      temporaryPasswords: z.array(issuedPasswordSchema),
    }),
    access: 'public',
  }),
  'vault.newRecoveryKey': channel({
    input: empty,
    output: z.object({ recoveryKey: z.string() }),
    access: 'admin',
  }),
  'session.login': channel({
    input: z.object({ username: usernameSchema, password: loginPasswordSchema }).strict(),
    output: sessionViewSchema,
    access: 'public',
  }),
  'session.loginWithRecoveryKey': channel({
    input: z.object({ username: usernameSchema, recoveryKey: recoveryKeySchema }).strict(),
    output: sessionViewSchema,
    access: 'public',
  }),
  'session.changePassword': channel({
    input: z.object({ currentPassword: loginPasswordSchema.optional(), newPassword: passwordSchema }).strict(),
    output: sessionViewSchema,
    access: 'staff',
    duringPasswordChange: true,
  }),
  'session.setLanguage': channel({
    input: z.object({ language: languageSchema }).strict(),
    output: sessionViewSchema,
    access: 'staff',
    duringPasswordChange: true,
  }),
  'session.lock': channel({
    input: empty,
    output: z.object({ username: z.string().nullable(), reason: lockReasonSchema.nullable() }),
    access: 'public',
  }),
  'session.current': channel({ input: empty, output: sessionViewSchema.nullable(), access: 'public' }),
  /** Typing or clicking in the window: the only thing (besides signing in) that keeps a session awake. */
  'session.activity': channel({ input: empty, output: done, access: 'staff', duringPasswordChange: true }),

  // Settings (the idle lock).
  'settings.get': channel({ input: empty, output: sessionSettingsSchema, access: 'staff' }),
  'settings.setIdleLock': channel({
    input: z.object({ minutes: idleMinutesSchema }).strict(),
    output: sessionSettingsSchema,
    access: 'admin',
  }),

  // Drafts of unsaved forms, per user, so that a lock loses no typing.
  'drafts.save': channel({
    input: z.object({ key: draftKeySchema, route: draftRouteSchema, data: draftDataSchema }).strict(),
    output: done,
    access: 'staff',
  }),
  'drafts.get': channel({
    input: z.object({ key: draftKeySchema }).strict(),
    output: draftSchema.nullable(),
    access: 'staff',
  }),
  'drafts.latest': channel({
    input: empty,
    output: z.object({ key: z.string(), route: z.string() }).nullable(),
    access: 'staff',
  }),
  'drafts.discard': channel({ input: z.object({ key: draftKeySchema }).strict(), output: done, access: 'staff' }),

  // Residents: intake, profile, edits with history, referral decisions, archive.
  'residents.list': channel({ input: empty, output: z.array(residentSummarySchema), access: 'staff' }),
  'residents.get': channel({ input: byId, output: residentDetailSchema, access: 'staff' }),
  /** The real name of a protected resident, for the one person who asked; audited in the same transaction. */
  'residents.revealName': channel({ input: byId, output: revealedNameSchema, access: 'staff' }),
  'residents.create': channel({
    input: z.object({ fields: residentFieldsSchema }).strict(),
    output: z.object({ id: z.string(), code: z.string() }),
    access: 'staff',
  }),
  'residents.update': channel({
    input: z.object({ id: z.string().min(1), fields: residentFieldsSchema }).strict(),
    output: residentDetailSchema,
    access: 'staff',
  }),
  'residents.acceptReferral': channel({ input: byId, output: done, access: 'staff' }),
  'residents.declineReferral': channel({
    input: z.object({ id: z.string().min(1), reason: z.enum(DECLINE_REASONS) }).strict(),
    output: done,
    access: 'staff',
  }),
  'residents.archive': channel({ input: byId, output: done, access: 'staff' }),

  // Premises set-up: rooms and beds (managers and administrators).
  'rooms.list': channel({ input: empty, output: z.array(roomSchema), access: 'staff' }),
  'rooms.create': channel({
    input: z.object({ fields: roomFieldsSchema }).strict(),
    output: byId.strip(),
    access: 'manager',
  }),
  'rooms.update': channel({
    input: z.object({ id: z.string().min(1), fields: roomFieldsSchema }).strict(),
    output: done,
    access: 'manager',
  }),
  'rooms.retire': channel({
    input: z.object({ id: z.string().min(1), date: isoDateSchema }).strict(),
    output: done,
    access: 'manager',
  }),
  'beds.create': channel({
    input: z.object({ roomId: z.string().min(1), label: bedLabelSchema }).strict(),
    output: byId.strip(),
    access: 'manager',
  }),
  'beds.setOutOfService': channel({ input: outageInputSchema, output: byId.strip(), access: 'manager' }),
  'beds.endOutOfService': channel({
    input: z.object({ outageId: z.string().min(1), untilDate: isoDateSchema }).strict(),
    output: done,
    access: 'manager',
  }),

  // Stays and the bed board.
  'stays.board': channel({ input: z.object({ date: isoDateSchema }).strict(), output: boardSchema, access: 'staff' }),
  'stays.admit': channel({ input: admitInputSchema, output: byId.strip(), access: 'staff' }),
  'stays.move': channel({ input: moveInputSchema, output: byId.strip(), access: 'staff' }),
  'stays.exit': channel({ input: exitInputSchema, output: done, access: 'staff' }),
  'stays.plan': channel({ input: planInputSchema, output: byId.strip(), access: 'staff' }),
  'stays.cancelPlan': channel({ input: byId, output: done, access: 'staff' }),
  'stays.setExpectedLeaving': channel({ input: expectedLeavingInputSchema, output: done, access: 'staff' }),

  // Support plans: versions (one active, earlier ones frozen), goals, actions, reviews.
  /** Reading the plan is reading the resident's record: audited as residents.get is. */
  'plans.get': channel({ input: planGetInputSchema, output: planGetOutputSchema, access: 'staff' }),
  /** The next version as a copy of the active one (the first one empty); the old one is frozen. */
  'plans.newVersion': channel({
    input: z.object({ residentId: z.string().min(1) }).strict(),
    output: z.object({ id: z.string(), version: z.number().int() }),
    access: 'staff',
  }),
  'plans.createGoal': channel({ input: createGoalInputSchema, output: byId.strip(), access: 'staff' }),
  'plans.updateGoal': channel({ input: updateGoalInputSchema, output: done, access: 'staff' }),
  'plans.createAction': channel({ input: createActionInputSchema, output: byId.strip(), access: 'staff' }),
  'plans.updateAction': channel({ input: updateActionInputSchema, output: done, access: 'staff' }),
  'plans.createReview': channel({ input: createReviewInputSchema, output: byId.strip(), access: 'staff' }),
  'plans.updateReview': channel({ input: updateReviewInputSchema, output: done, access: 'staff' }),
  // Every print or PDF of a Haven document leaves an audit entry (what, which period, names or codes).
  'audit.recordPrint': channel({ input: printRecordSchema, output: done, access: 'staff' }),

  // Backups (verified on the target) and restore; administrators only.
  'backup.create': channel({ input: backupCreateInputSchema, output: backupCreateOutputSchema, access: 'admin' }),
  /** Stage of the backup or restore running now (polled by the progress bar while the job runs). */
  'backup.progress': channel({ input: empty, output: backupProgressSchema, access: 'admin' }),
  'backup.inspect': channel({ input: backupOpenInputSchema, output: backupInfoSchema, access: 'admin' }),
  /** Replaces every record with the backup's; every window is signed out afterwards. */
  'backup.restore': channel({ input: backupRestoreInputSchema, output: done, access: 'admin' }),
  'backup.drives': channel({ input: empty, output: z.array(driveSchema), access: 'admin' }),
  'backup.folderInfo': channel({
    input: z.object({ path: z.string().trim().min(1).max(4096) }).strict(),
    output: folderInfoSchema,
    access: 'admin',
  }),
  'backup.status': channel({ input: empty, output: backupStatusSchema, access: 'admin' }),
  'backup.setSettings': channel({ input: backupSettingsInputSchema, output: backupStatusSchema, access: 'admin' }),

  // Case notes. Sensitive notes reach only their author, managers and administrators: the core
  // filters them out of every answer to anyone else, and refuses them by id as if they did not exist.
  'notes.list': channel({
    input: z.object({ residentId: z.string().min(1) }).strict(),
    output: z.array(noteSchema),
    access: 'staff',
  }),
  'notes.get': channel({ input: byId, output: noteDetailSchema, access: 'staff' }),
  'notes.create': channel({ input: noteInputSchema, output: noteSchema, access: 'staff' }),
  /** Appends a correction; the original stays in the note's history. */
  'notes.correct': channel({ input: noteCorrectionInputSchema, output: noteDetailSchema, access: 'staff' }),

  // Court and legal accompaniment: hearings and appointments per resident.
  'hearings.list': channel({
    input: z.object({ residentId: z.string().min(1) }).strict(),
    output: z.array(hearingSchema),
    access: 'staff',
  }),
  'hearings.create': channel({ input: hearingCreateSchema, output: hearingSchema, access: 'staff' }),
  'hearings.update': channel({ input: hearingUpdateSchema, output: hearingSchema, access: 'staff' }),
  /** The home screen on the core's today: the house, the week, and the actions due (everyone's for managers). */
  'today.get': channel({ input: empty, output: todaySchema, access: 'staff' }),

  // The audit log: administrators, and managers reading it (no copy leaves with a manager).
  'audit.list': channel({ input: auditListInputSchema, output: auditPageSchema, access: 'manager' }),
  'audit.filterOptions': channel({ input: empty, output: auditFilterOptionsSchema, access: 'manager' }),
  'audit.verify': channel({ input: empty, output: verifyResultSchema, access: 'manager' }),
  /** The filtered entries as CSV text, for the renderer to save; the export itself is audited. */
  'audit.exportCsv': channel({
    input: z.object({ filters: auditFiltersSchema }).strict(),
    output: auditCsvSchema,
    access: 'admin',
  }),
  /** Who read, revealed, printed or exported one resident's record. */
  'audit.recordReaders': channel({
    input: z.object({ residentId: z.string().min(1).max(100) }).strict(),
    output: recordReadersSchema,
    access: 'manager',
  }),
  // Reports for managers: figures of a period (definitions in electron/core/reports/occupancy.ts).
  'reports.occupancy': channel({ input: periodInputSchema, output: occupancyReportSchema, access: 'manager' }),
  /** Aggregates only, small counts suppressed in the core: no name, code, id or date of birth. */
  'reports.donors': channel({ input: periodInputSchema, output: donorFiguresSchema, access: 'manager' }),

  // Open Club: activities, their sessions and who attended (residents and former residents).
  // Staff record sessions and edit activities; archiving one (it leaves the pick list) is for managers.
  'openclub.activities': channel({ input: empty, output: z.array(activitySchema), access: 'staff' }),
  'openclub.activity': channel({ input: byId, output: activityDetailSchema, access: 'staff' }),
  'openclub.createActivity': channel({
    input: z.object({ fields: activityFieldsSchema }).strict(),
    output: byId.strip(),
    access: 'staff',
  }),
  'openclub.updateActivity': channel({
    input: z.object({ id: z.string().min(1), fields: activityFieldsSchema }).strict(),
    output: done,
    access: 'staff',
  }),
  'openclub.archiveActivity': channel({
    input: z.object({ id: z.string().min(1), archived: z.boolean() }).strict(),
    output: done,
    access: 'manager',
  }),
  'openclub.createSession': channel({ input: sessionCreateSchema, output: byId.strip(), access: 'staff' }),
  /** A session's date or facilitator corrected; everyone ticked must have been admitted by the new date. */
  'openclub.updateSession': channel({ input: sessionUpdateSchema, output: done, access: 'staff' }),
  'openclub.addAttendees': channel({ input: attendeesAddSchema, output: done, access: 'staff' }),
  'openclub.removeAttendee': channel({ input: attendeeRemoveSchema, output: done, access: 'staff' }),
  /** Figures of a period for the reports: counts only, never a name or code. */
  'openclub.counts': channel({ input: periodInputSchema, output: openClubCountsSchema, access: 'manager' }),

  // Staff accounts (administrators). Every change is audited; history and authorship stay.
  'users.list': channel({ input: empty, output: z.array(accountSchema), access: 'admin' }),
  'users.create': channel({
    input: newAccountSchema,
    output: z.object({ id: z.string() }).extend(temporaryPasswordSchema.shape),
    access: 'admin',
  }),
  'users.setRole': channel({ input: setRoleSchema, output: done, access: 'admin' }),
  /** Removes the key slot at once; the user's open session ends on its next call. */
  'users.deactivate': channel({ input: accountIdSchema, output: done, access: 'admin' }),
  'users.reactivate': channel({ input: accountIdSchema, output: temporaryPasswordSchema, access: 'admin' }),
  'users.resetPassword': channel({ input: accountIdSchema, output: temporaryPasswordSchema, access: 'admin' }),
  /** Staff: whom an action or a hearing can name (active accounts, id and full name only). */
  'users.active': channel({ input: empty, output: z.array(activeUserSchema), access: 'staff' }),
} as const satisfies Record<string, ChannelSpec<z.ZodType, z.ZodType>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
