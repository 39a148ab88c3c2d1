import type { HandlerMap } from '../handler.ts';
import { setIdleLock } from './service.ts';
import { sessionSettings } from './session-settings.ts';

export const settingsHandlers: HandlerMap<'settings.get' | 'settings.setIdleLock'> = {
  'settings.get': (_input, { db }) => sessionSettings(db),

  'settings.setIdleLock': ({ minutes }, { db, actor }) => setIdleLock(db, minutes, actor),
};
