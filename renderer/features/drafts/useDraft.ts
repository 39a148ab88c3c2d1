import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { invoke } from '../../api.ts';
import { registerDraftFlush } from './flush.ts';

/** Typing is written this long after it stops. */
const SAVE_DELAY_MS = 1_000;

export interface DraftOptions<T> {
  values: T;
  dirty: boolean;
  /** Puts a stored draft into the form. */
  restore(data: T): void;
  /** Puts the form back as it was before the draft (after "Discard"). */
  reset(): void;
}

export interface DraftState {
  /** True once a stored draft was put back into the form, until it is discarded. */
  restored: boolean;
  /** Throws the draft away: after the form was saved or cancelled on purpose. */
  discard(): Promise<void>;
  /** The user's "Discard" on the restored note: drops the draft and resets the form. */
  discardRestored(): Promise<void>;
}

function plainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Keeps an unsaved form as a draft in the (encrypted) database, for the signed-in user only:
 * restored when the form opens again, written a second after typing stops and at once before
 * a lock, discarded when the form is saved, cancelled or back to unchanged.
 */
export function useDraft<T extends object>(key: string, opts: DraftOptions<T>): DraftState {
  const route = useLocation().pathname;
  const [restored, setRestored] = useState(false);
  const [ready, setReady] = useState(false);
  const optsRef = useRef(opts);
  useLayoutEffect(() => {
    optsRef.current = opts;
  });
  const pendingRef = useRef<T | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const storedRef = useRef(false);
  const doneRef = useRef(false);

  const write = useCallback(async () => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    const data = pendingRef.current;
    pendingRef.current = null;
    if (data === null || doneRef.current) return;
    const r = await invoke('drafts.save', { key, route, data });
    if (r.ok) storedRef.current = true;
  }, [key, route]);

  useEffect(() => {
    let live = true;
    void invoke('drafts.get', { key }).then((r) => {
      if (!live) return;
      if (r.ok && r.value && plainObject(r.value.data)) {
        optsRef.current.restore(r.value.data as T);
        storedRef.current = true;
        setRestored(true);
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const serial = ready && opts.dirty ? JSON.stringify(opts.values) : null;
  useEffect(() => {
    if (!ready || doneRef.current) return;
    if (serial === null) {
      // Back to unchanged: nothing left to keep.
      pendingRef.current = null;
      if (timerRef.current) clearTimeout(timerRef.current);
      if (storedRef.current) {
        storedRef.current = false;
        void invoke('drafts.discard', { key });
      }
      return;
    }
    pendingRef.current = JSON.parse(serial) as T;
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void write(), SAVE_DELAY_MS);
  }, [serial, ready, key, write]);

  // Leaving the page some other way (history back) keeps the typing too.
  useEffect(() => {
    const unregister = registerDraftFlush(write);
    return () => {
      unregister();
      void write();
    };
  }, [write]);

  const discard = useCallback(async () => {
    doneRef.current = true;
    pendingRef.current = null;
    if (timerRef.current) clearTimeout(timerRef.current);
    storedRef.current = false;
    setRestored(false);
    await invoke('drafts.discard', { key });
  }, [key]);

  const discardRestored = useCallback(async () => {
    await discard();
    optsRef.current.reset();
    doneRef.current = false; // the form stays open: new typing starts a new draft
  }, [discard]);

  return { restored, discard, discardRestored };
}
