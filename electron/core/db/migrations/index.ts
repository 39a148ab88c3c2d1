import init from './001-init.sql?raw';
import residentsRoomsStays from './002-residents-rooms-stays.sql?raw';
import keepStayHistory from './003-keep-stay-history.sql?raw';
import keySlotOwners from './004-key-slot-owners.sql?raw';
import drafts from './005-drafts.sql?raw';
import accounts from './006-accounts.sql?raw';
import auditIndexes from './007-audit-indexes.sql?raw';
import reportIndexes from './008-report-indexes.sql?raw';
import supportPlans from './009-support-plans.sql?raw';
import notesHearings from './010-notes-hearings.sql?raw';
import familiesOpenClub from './011-families-openclub.sql?raw';
import openClubArchive from './012-openclub-archive.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// One ordered list, imported (not scanned from disk), so it survives bundling.
// A shipped migration is never edited: add the next one at the end.
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '001-init', sql: init },
  { version: 2, name: '002-residents-rooms-stays', sql: residentsRoomsStays },
  { version: 3, name: '003-keep-stay-history', sql: keepStayHistory },
  { version: 4, name: '004-key-slot-owners', sql: keySlotOwners },
  { version: 5, name: '005-drafts', sql: drafts },
  { version: 6, name: '006-accounts', sql: accounts },
  { version: 7, name: '007-audit-indexes', sql: auditIndexes },
  { version: 8, name: '008-report-indexes', sql: reportIndexes },
  { version: 9, name: '009-support-plans', sql: supportPlans },
  { version: 10, name: '010-notes-hearings', sql: notesHearings },
  { version: 11, name: '011-families-openclub', sql: familiesOpenClub },
  { version: 12, name: '012-openclub-archive', sql: openClubArchive },
];
