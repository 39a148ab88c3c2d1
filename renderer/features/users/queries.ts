import { useChannelQuery } from '../../api.ts';

/** Whom an action or a hearing can name: the active accounts, id and full name. */
export function useActiveUsers() {
  return useChannelQuery('users.active', {});
}
