import type { Channel } from '../../shared/contract.ts';
import type { HandlerMap } from './handler.ts';
import { mergeHandlerMaps } from './merge-handlers.ts';
import { backupHandlers } from './backup/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { draftsHandlers } from './drafts/handlers.ts';
import { plansHandlers } from './plans/handlers.ts';
import { printHandlers } from './print/handlers.ts';
import { hearingsHandlers } from './hearings/handlers.ts';
import { notesHandlers } from './notes/handlers.ts';
import { openClubHandlers } from './openclub/handlers.ts';
import { reportsHandlers } from './reports/handlers.ts';
import { residentsHandlers } from './residents/handlers.ts';
import { roomsHandlers } from './rooms/handlers.ts';
import { sessionHandlers } from './session/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { staysHandlers } from './stays/handlers.ts';
import { todayHandlers } from './today/handlers.ts';
import { usersHandlers } from './users/handlers.ts';
import { vaultHandlers } from './vault/handlers.ts';

/**
 * Every channel of the contract has exactly one handler: the type fails if one is missing, and
 * mergeHandlerMaps throws at load time if two domains claim the same channel.
 */
export const handlers: HandlerMap<Channel> = mergeHandlerMaps(
  vaultHandlers,
  sessionHandlers,
  residentsHandlers,
  roomsHandlers,
  staysHandlers,
  settingsHandlers,
  draftsHandlers,
  plansHandlers,
  printHandlers,
  backupHandlers,
  notesHandlers,
  hearingsHandlers,
  todayHandlers,
  auditHandlers,
  reportsHandlers,
  openClubHandlers,
  usersHandlers,
);
