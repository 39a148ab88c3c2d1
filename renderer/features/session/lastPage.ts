// The page a user was on when their session ended, kept for that user alone: after a lock, or
// when someone else used this PC meanwhile, signing back in returns them to it. Only the route is
// kept (no names, no record contents), in this window's sessionStorage, which dies with the window.
const key = (userId: string) => `haven.lastPage.${userId}`;

export function keepPage(userId: string, route: string): void {
  if (route.startsWith('/') && route !== '/') sessionStorage.setItem(key(userId), route);
}

/** The kept page of this user, once: taking it forgets it. */
export function takePage(userId: string): string | null {
  const route = sessionStorage.getItem(key(userId));
  sessionStorage.removeItem(key(userId));
  return route;
}
