import type { AppErrorShape } from './errors.ts';

/**
 * Why a stay, plan, outage or retirement was refused: `error.details.rule` of a CONFLICT. The
 * schema's triggers raise the same words, so a refusal found by a trigger reads the same.
 */
export const CONFLICT_RULES = [
  'STAY_BED_TAKEN',
  'STAY_RESIDENT_ELSEWHERE',
  'STAY_BED_OUT_OF_SERVICE',
  'STAY_BED_RETIRED',
  'OUTAGE_BED_OCCUPIED',
  'OUTAGE_OVERLAP',
  'BED_RETIRE_HAS_STAYS',
  'PLAN_EXISTS',
  'RESIDENT_STATUS',
  'ROOM_RETIRED',
  'CHILDREN_IN_RESIDENCE',
  'STAY_ENDED',
] as const;

export type ConflictRule = (typeof CONFLICT_RULES)[number];

/**
 * What a CONFLICT carries besides its rule, so that a screen can say what is in the way. A
 * colliding stay or plan: stayId, residentCode, roomName, bedLabel, startDate, endDate (absent
 * while open), planned (1 for a plan). An out-of-service period: outageId, roomName, bedLabel,
 * startDate, endDate, reason. A retired bed or room: roomName, bedLabel, retiredOn. A resident in
 * the wrong state: residentCode, status, referralOutcome. A parent's exit with children still in
 * residence: children (their display names, as the core shows protected residents), childIds. A
 * stay already ended: endDate. Otherwise never a name: codes only.
 */
export interface ConflictFacts {
  stayId?: string;
  outageId?: string;
  residentCode?: string;
  roomName?: string;
  bedLabel?: string;
  startDate?: string;
  endDate?: string;
  planned?: 0 | 1;
  reason?: string;
  retiredOn?: string;
  status?: string;
  referralOutcome?: string;
  children?: string;
  childIds?: string;
}

export type ConflictDetails = ConflictFacts & { rule: ConflictRule };

const isRule = (v: unknown): v is ConflictRule => (CONFLICT_RULES as readonly unknown[]).includes(v);

/** As it travels in `AppErrorShape.details`: the facts that are present, nothing undefined. */
export function conflictDetailsRecord(rule: ConflictRule, facts: ConflictFacts): Record<string, string | number> {
  const out: Record<string, string | number> = { rule };
  for (const [k, v] of Object.entries(facts)) if (v !== undefined) out[k] = v as string | number;
  return out;
}

/** The details of a CONFLICT whose rule this version knows; null for other errors (or an unknown rule). */
export function conflictDetails(error: AppErrorShape): ConflictDetails | null {
  if (error.code !== 'CONFLICT' || !isRule(error.details?.rule)) return null;
  return error.details as unknown as ConflictDetails;
}
