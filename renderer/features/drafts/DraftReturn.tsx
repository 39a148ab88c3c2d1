import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { invoke } from '../../api.ts';

/**
 * After signing in, takes the user back to the page of their latest unsaved form (the core
 * returns only the signed-in user's drafts). Rendered once inside the router: it acts once per
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
      if (live && r.ok && r.value) void navigateRef.current(r.value.route);
    });
    return () => {
      live = false;
    };
  }, []);
  return null;
}
