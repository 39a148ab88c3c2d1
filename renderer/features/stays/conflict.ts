import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain.ts';
import { conflictDetails, type ConflictFacts } from '../../../shared/conflicts.ts';
import type { AppErrorShape } from '../../../shared/errors.ts';
import { formatDate } from '../../i18n/index.ts';

const str = (d: ConflictFacts, k: keyof ConflictFacts): string => (d[k] === undefined ? '' : String(d[k]));

/**
 * The stay, plan or out-of-service period in the way, from a CONFLICT's details (residentCode,
 * roomName, bedLabel, startDate, endDate — absent while open —, planned, reason).
 */
function collidingRecord(d: ConflictFacts, t: TFunction, language: Language): string {
  const vars = {
    code: str(d, 'residentCode'),
    bed: t('stays.bedName', { room: str(d, 'roomName'), bed: str(d, 'bedLabel') }),
    from: formatDate(str(d, 'startDate'), language),
    until: formatDate(str(d, 'endDate'), language),
    reason: str(d, 'reason'),
  };
  const open = !d.endDate;
  if (d.outageId !== undefined) return t(open ? 'stays.conflict.what.outageOpen' : 'stays.conflict.what.outage', vars);
  if (d.planned === 1) return t('stays.conflict.what.plan', vars);
  return t(open ? 'stays.conflict.what.stayOpen' : 'stays.conflict.what.stay', vars);
}

/**
 * A CONFLICT from the core in plain words: which rule, and the stay, plan or out-of-service period
 * that collides (by resident code only: never a name). Null for other errors.
 */
export function conflictText(error: AppErrorShape, t: TFunction, language: Language): string | null {
  if (error.code !== 'CONFLICT') return null;
  const d = conflictDetails(error);
  // A rule this version does not know (a newer core): the general words.
  if (!d) return t('errors.CONFLICT.text');
  const what = collidingRecord(d, t, language);
  const date = formatDate(str(d, 'retiredOn'), language);
  switch (d.rule) {
    case 'STAY_BED_TAKEN':
      return d.stayId ? t('stays.conflict.bedTaken', { what }) : t('stays.conflict.bedTakenPlain');
    case 'STAY_RESIDENT_ELSEWHERE':
      return d.stayId ? t('stays.conflict.residentElsewhere', { what }) : t('stays.conflict.residentElsewherePlain');
    case 'STAY_BED_OUT_OF_SERVICE':
      return d.outageId ? t('stays.conflict.bedOutOfService', { what }) : t('stays.conflict.bedOutOfServicePlain');
    case 'STAY_BED_RETIRED':
      return t('stays.conflict.bedRetired', {
        bed: t('stays.bedName', { room: str(d, 'roomName'), bed: str(d, 'bedLabel') }),
        date,
      });
    case 'OUTAGE_BED_OCCUPIED':
      return d.stayId ? t('stays.conflict.outageOccupied', { what }) : t('stays.conflict.outageOccupiedPlain');
    case 'OUTAGE_OVERLAP':
      return t('stays.conflict.outageOverlap', { what });
    case 'BED_RETIRE_HAS_STAYS':
      return d.stayId ? t('stays.conflict.retireHasStays', { what }) : t('stays.conflict.retireHasStaysPlain');
    case 'PLAN_EXISTS':
      return t('stays.conflict.planExists', { what });
    case 'RESIDENT_STATUS':
      return t('stays.conflict.residentStatus', {
        code: str(d, 'residentCode'),
        status: t(`residents.options.statuses.${str(d, 'status')}`),
      });
    case 'CHILDREN_IN_RESIDENCE':
      return t('stays.conflict.childrenInResidence', { children: str(d, 'children') });
    case 'STAY_ENDED':
      return t('stays.conflict.stayEnded', { date: formatDate(str(d, 'endDate'), language) });
    case 'ROOM_RETIRED':
      return t('stays.conflict.roomRetired', { room: str(d, 'roomName'), date });
    default: {
      // Fails to compile when shared/conflicts.ts gains a rule this switch does not explain.
      const unexplained: never = d.rule;
      return unexplained;
    }
  }
}
