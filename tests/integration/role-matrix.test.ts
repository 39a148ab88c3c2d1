import { describe, expect } from 'vitest';
import { z } from 'zod';
import type { Client, Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { contract, type Channel, type ChannelSpec } from '../../shared/contract.ts';
import { ROLES, roleAtLeast, type Role } from '../../shared/roles.ts';
import { ADMIN, call } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

// A channel that does not say who may call it does not compile: `access` is required, and the
// contract as a whole must satisfy ChannelSpec.
// @ts-expect-error `access` is missing
const withoutAccess: ChannelSpec<z.ZodObject, z.ZodObject> = { input: z.object({}), output: z.object({}) };
void withoutAccess;

/** Who calls: nobody signed in, each role, a session that must change its password, a deactivated user. */
const CALLERS = ['none', ...ROLES, 'mustChange', 'deactivated'] as const;
type Caller = (typeof CALLERS)[number];

/** The refusals that authorisation answers with; anything else means the call got past it. */
const REFUSALS = new Set(['NO_SESSION', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED']);
const CHANNELS = Object.keys(contract) as Channel[];
const PASSWORD = 'a long password of my own';

/** What the contract says each caller gets from each channel. */
function expected(channel: Channel, caller: Caller): string {
  const spec: ChannelSpec<z.ZodType, z.ZodType> = contract[channel];
  if (spec.access === 'public') return 'allowed';
  if (caller === 'none' || caller === 'deactivated') return 'NO_SESSION';
  if (caller === 'mustChange' && !spec.duringPasswordChange) return 'PASSWORD_CHANGE_REQUIRED';
  const role: Role = caller === 'mustChange' ? 'staff' : caller;
  return roleAtLeast(role, spec.access) ? 'allowed' : 'FORBIDDEN';
}

async function signedIn(core: Core, username: string, password: string): Promise<Client> {
  const client = core.connect();
  await call(client, 'session.login', { username, password });
  return client;
}

/**
 * One fresh window per channel and caller, so that a call that locks or ends its session
 * (session.lock, say) cannot change the answer of the next one.
 */
async function windows(core: Core, admin: Client): Promise<Record<Caller, Client[]>> {
  const by = admin.session!.userId;
  const now = core.clock();
  await addUser(core, { username: 'staffer', fullName: 'Sam Staff', role: 'staff', password: PASSWORD }, by, now);
  await addUser(core, { username: 'boss', fullName: 'Mia Manager', role: 'manager', password: PASSWORD }, by, now);
  await addUser(core, { username: 'gone', fullName: 'Dan Departed', role: 'staff', password: PASSWORD }, by, now);
  const { temporaryPassword } = await call(admin, 'users.create', {
    username: 'newbie',
    fullName: 'Nia New',
    role: 'staff',
  });
  const many = (open: () => Promise<Client>) => Promise.all(CHANNELS.map(open));

  const result: Record<Caller, Client[]> = {
    none: CHANNELS.map(() => core.connect()),
    staff: await many(() => signedIn(core, 'staffer', PASSWORD)),
    manager: await many(() => signedIn(core, 'boss', PASSWORD)),
    admin: await many(() => signedIn(core, ADMIN.username, ADMIN.password)),
    mustChange: await many(() => signedIn(core, 'newbie', temporaryPassword)),
    deactivated: await many(() => signedIn(core, 'gone', PASSWORD)),
  };
  const gone = (await call(admin, 'users.list', {})).find((u) => u.username === 'gone')!;
  await call(admin, 'users.deactivate', { id: gone.id });
  return result;
}

describe('authorisation walks the whole contract', () => {
  it('every channel declares who may call it', () => {
    for (const channel of CHANNELS) {
      const spec: ChannelSpec<z.ZodType, z.ZodType> = contract[channel];
      expect(['public', ...ROLES], channel).toContain(spec.access);
    }
  });

  it('for every channel and caller, the call is allowed or refused exactly as the contract declares', async ({
    vault,
  }) => {
    const clients = await windows(vault.core, vault.client);
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const caller of CALLERS) {
      for (const [i, channel] of CHANNELS.entries()) {
        // Empty input: VALIDATION then shows the call got past authorisation, and nothing changes.
        const r = await clients[caller][i]!.invoke(channel, {});
        const key = `${channel} as ${caller}`;
        got[key] = r.ok || !REFUSALS.has(r.error.code) ? 'allowed' : r.error.code;
        want[key] = expected(channel, caller);
      }
    }
    expect(got).toEqual(want);
    // The walk saw both answers for every signed-in caller below administrator.
    for (const caller of ['staff', 'manager', 'mustChange'] as const) {
      const outcomes = new Set(CHANNELS.map((c) => got[`${c} as ${caller}`]));
      expect(outcomes.has('allowed'), caller).toBe(true);
      expect(outcomes.size, caller).toBeGreaterThan(1);
    }
  });
});
