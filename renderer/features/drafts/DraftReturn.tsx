import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { invoke } from '../../api.ts';
import { takePage } from '../session/lastPage.ts';
import { useSessionStore } from '../session/store.ts';

/**
 * After signing in, takes the user back to the page of their latest unsaved form (the core
 * returns only the signed-in user's drafts), or else to the page they were on when their session
 * ended (kept for them alone; not after a restore). Rendered once inside the router: it acts once per
 * sign-in, not every time the user comes back home.
 */
export function DraftReturn() {
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  const { pathname } = useLocation();
  const startedAtHome = useRef(pathname === '/');
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  useEffect(() => {
    if (!startedAtHome.current) return;
    let live = true;
    void invoke('drafts.latest', {}).then((r) => {
      if (!live) return;
      // Only the signed-in user's kept page is asked for; taking it forgets it.
      const userId = useSessionStore.getState().session?.user.id;
      const kept = userId ? takePage(userId) : null;
      // After a restore, the page left behind showed data that was replaced (often the Restore
      // page itself): start at home.
      const afterRestore = useSessionStore.getState().status?.lockReason === 'restore';
      const route = r.ok && r.value ? r.value.route : afterRestore ? null : kept;
      if (route) void navigateRef.current(route);
    });
    return () => {
      live = false;
    };
  }, []);
  return null;
}
