import { useEffect } from 'react';
import { ACTIVITY_REPORT_MS } from '../../../shared/session.ts';
import { invoke } from '../../api.ts';

// What a person does in the window. Pointer moves are left out: a mouse nudged on the desk is not
// someone at the screen, and it would report far too often.
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Tells the core that someone is using the window (the only thing that postpones the idle lock),
 * at most every ACTIVITY_REPORT_MS. Polls and background calls never do.
 */
export function useActivityReporter(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    let last = 0;
    const report = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_REPORT_MS) return;
      last = now;
      void invoke('session.activity', {});
    };
    for (const e of EVENTS) window.addEventListener(e, report, { capture: true, passive: true });
    return () => {
      for (const e of EVENTS) window.removeEventListener(e, report, { capture: true });
    };
  }, [signedIn]);
}
