import type { Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { call } from '../fixtures/core.ts';
import { ADMIN } from './flows.ts';
import { seedResidents } from './residents-seed.ts';

export const STAFF = { username: 'sara', password: 'saras own long password', fullName: 'Sara Simić' };

/** The residents seed, plus a staff member who opened two records, revealed the protected one's name and mistyped once. */
export async function seedAudit(core: Core): Promise<Record<string, string>> {
  const ids = await seedResidents(core);
  const admin = core.connect();
  await call(admin, 'session.login', { username: ADMIN.username, password: ADMIN.password });
  await addUser(core, { ...STAFF, role: 'staff' }, admin.session!.userId, core.clock());
  const sara = core.connect();
  await sara.invoke('session.login', { username: STAFF.username, password: 'not her password' });
  await call(sara, 'session.login', { username: STAFF.username, password: STAFF.password });
  await call(sara, 'residents.get', { id: ids.jelena! });
  await call(sara, 'residents.get', { id: ids.marija! });
  await call(sara, 'residents.revealName', { id: ids.marija! }); // the protected one
  await call(sara, 'session.lock', {});
  await call(admin, 'session.lock', {});
  sara.disconnect();
  admin.disconnect();
  return ids;
}
