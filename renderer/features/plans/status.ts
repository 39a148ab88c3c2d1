import type { MantineColor } from '@mantine/core';
import type { GoalStatus } from '../../../shared/plans.ts';

/** Colour follows the words on the badge (they carry the meaning in print and without colour). */
export const STATUS_COLOURS: Record<GoalStatus, MantineColor> = {
  open: 'gray',
  in_progress: 'blue',
  achieved: 'teal',
  dropped: 'dark',
};

/** Open and not done by the day before today. */
export const isOverdue = (a: { dueDate: string; doneDate: string | null }, today: string) =>
  a.doneDate === null && a.dueDate < today;
