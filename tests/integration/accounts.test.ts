import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Client, Core } from '../../electron/core/index.ts';
import { slotOfUser } from '../../electron/core/vault/slot-owners.ts';
import { TEMPORARY_PASSWORD_ALPHABET } from '../../shared/users.ts';
import { ADMIN, call, callError } from '../fixtures/core.ts';
import { newResident, residentInput } from '../fixtures/premises.ts';
import { it, type TestVault } from '../fixtures/vault.ts';

const OWN_PASSWORD = 'a brand new passphrase';
const TEMPORARY = new RegExp(`^([${TEMPORARY_PASSWORD_ALPHABET}]{4}-){3}[${TEMPORARY_PASSWORD_ALPHABET}]{4}$`);

let vault: TestVault;
it.beforeEach(({ vault: v }) => {
  vault = v;
});

function vaultSlots(core: Core) {
  return (
    JSON.parse(readFileSync(join(core.dataDir, 'vault.json'), 'utf8')) as {
      slots: { kind: string; userId: string | null; username?: string }[];
    }
  ).slots;
}

async function signIn(core: Core, username: string, password: string): Promise<Client> {
  const client = core.connect();
  await call(client, 'session.login', { username, password });
  return client;
}

/** A new account through the channel, its temporary password replaced by its holder, signed in. */
async function colleague(username: string, role: 'staff' | 'manager' | 'admin') {
  const { id, temporaryPassword } = await call(vault.client, 'users.create', {
    username,
    fullName: `${username} tester`,
    role,
  });
  const client = await signIn(vault.core, username, temporaryPassword);
  await call(client, 'session.changePassword', { newPassword: OWN_PASSWORD });
  return { id, client };
}

describe('account life cycle', () => {
  it('create → temporary password forces a change → role change on the next call → deactivation ends it all', async () => {
    const { core, client: admin } = vault;

    // Create: a strong, readable temporary password, a slot bound to the new account.
    const created = await call(admin, 'users.create', { username: ' Sam ', fullName: 'Sam Staff', role: 'staff' });
    expect(created.temporaryPassword).toMatch(TEMPORARY);
    expect(slotOfUser(core.database(), created.id)).toBeDefined();
    expect(vaultSlots(core).filter((s) => s.username === 'sam')).toHaveLength(1);
    const listed = (await call(admin, 'users.list', {})).find((u) => u.id === created.id);
    expect(listed).toMatchObject({
      username: 'sam',
      fullName: 'Sam Staff',
      role: 'staff',
      active: true,
      mustChangePassword: true,
      lastSignInAt: null,
      failedAttemptsSince: 0,
    });

    // The temporary password signs in, but to nothing but choosing a new password.
    expect(
      await callError(core.connect(), 'session.login', { username: 'sam', password: 'wrong guess' }),
    ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    const sam = await signIn(core, 'sam', created.temporaryPassword);
    expect(await call(sam, 'session.current', {})).toMatchObject({
      mustChangePassword: true,
      user: { username: 'sam', role: 'staff' },
    });
    expect(await callError(sam, 'residents.list', {})).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(await callError(sam, 'session.changePassword', { newPassword: created.temporaryPassword })).toMatchObject({
      code: 'VALIDATION',
      fields: { newPassword: 'validation.sameAsTemporary' },
    });
    const changed = await call(sam, 'session.changePassword', { newPassword: OWN_PASSWORD });
    expect(changed.mustChangePassword).toBe(false);
    expect(await call(sam, 'residents.list', {})).toEqual([]);
    const afterChange = (await call(admin, 'users.list', {})).find((u) => u.id === created.id)!;
    expect(afterChange.mustChangePassword).toBe(false);
    expect(afterChange.lastSignInAt).toBe(core.clock().toISOString());
    expect(afterChange.failedAttemptsSince).toBe(0); // the wrong guess came before this sign-in
    // The temporary password opens nothing any more; that try is counted until Sam's next sign-in.
    expect(
      await callError(core.connect(), 'session.login', { username: 'sam', password: created.temporaryPassword }),
    ).toMatchObject({ code: 'WRONG_CREDENTIALS' });
    expect((await call(admin, 'users.list', {})).find((u) => u.id === created.id)!.failedAttemptsSince).toBe(1);

    // Sam writes something: the change log names Sam.
    const resident = await newResident(sam);
    await call(sam, 'residents.update', { id: resident.id, fields: residentInput({ phone: '+381 60 111 2222' }) });

    // A role change applies to Sam's open session on its very next call, both ways.
    expect(
      await callError(sam, 'rooms.create', { fields: { name: 'Room 9', floor: '1', kind: 'single' } }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    await call(admin, 'users.setRole', { id: created.id, role: 'manager' });
    await call(sam, 'rooms.create', { fields: { name: 'Room 9', floor: '1', kind: 'single' } });
    expect((await call(sam, 'session.current', {}))!.user.role).toBe('manager');
    await call(admin, 'users.setRole', { id: created.id, role: 'staff' });
    expect(
      await callError(sam, 'rooms.create', { fields: { name: 'Room 10', floor: '1', kind: 'single' } }),
    ).toMatchObject({ code: 'FORBIDDEN' });

    // Deactivation: the slot leaves vault.json and the database at once, the session ends, sign-in is refused.
    await call(admin, 'users.deactivate', { id: created.id });
    expect(vaultSlots(core).filter((s) => s.username === 'sam' || s.userId === created.id)).toEqual([]);
    expect(slotOfUser(core.database(), created.id)).toBeUndefined();
    expect(await callError(sam, 'residents.list', {})).toMatchObject({ code: 'NO_SESSION' });
    expect(sam.session).toBeNull();
    expect(await call(sam, 'session.current', {})).toBeNull();
    expect(await callError(core.connect(), 'session.login', { username: 'sam', password: OWN_PASSWORD })).toMatchObject(
      { code: 'WRONG_CREDENTIALS' },
    );
    expect((await call(admin, 'users.list', {})).find((u) => u.id === created.id)).toMatchObject({ active: false });

    // History and authorship stay: the change log still names Sam.
    const detail = await call(admin, 'residents.get', { id: resident.id });
    expect(detail.changes.find((c) => c.field === 'phone')).toMatchObject({
      userId: created.id,
      userName: 'Sam Staff',
    });

    // Reactivation: a new temporary password, which again must be replaced first.
    const { temporaryPassword } = await call(admin, 'users.reactivate', { id: created.id });
    expect(temporaryPassword).toMatch(TEMPORARY);
    expect(await callError(core.connect(), 'session.login', { username: 'sam', password: OWN_PASSWORD })).toMatchObject(
      { code: 'WRONG_CREDENTIALS' },
    );
    const back = await signIn(core, 'sam', temporaryPassword);
    expect(await callError(back, 'residents.list', {})).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });

    const actions = core
      .database()
      .prepare("SELECT action FROM audit_log WHERE record_id = ? AND action LIKE 'users.%' ORDER BY seq")
      .all(created.id)
      .map((r) => (r as { action: string }).action);
    expect(actions).toEqual(['users.create', 'users.setRole', 'users.setRole', 'users.deactivate', 'users.reactivate']);
  });

  it('a password reset gives a new temporary password, removes the old slot and ends the open session', async () => {
    const { core, client: admin } = vault;
    const { id, client: sam } = await colleague('sam', 'staff');
    const before = vaultSlots(core).find((s) => s.username === 'sam');

    const { temporaryPassword } = await call(admin, 'users.resetPassword', { id });
    expect(temporaryPassword).toMatch(TEMPORARY);
    const after = vaultSlots(core).filter((s) => s.username === 'sam');
    expect(after).toHaveLength(1);
    expect(after[0]).not.toEqual(before);
    expect(await callError(sam, 'residents.list', {})).toMatchObject({ code: 'NO_SESSION' });
    expect(await callError(core.connect(), 'session.login', { username: 'sam', password: OWN_PASSWORD })).toMatchObject(
      { code: 'WRONG_CREDENTIALS' },
    );
    const again = await signIn(core, 'sam', temporaryPassword);
    expect(await call(again, 'session.current', {})).toMatchObject({ mustChangePassword: true });
    // Changing one's own password does not end one's own session.
    await call(again, 'session.changePassword', { newPassword: 'yet another passphrase' });
    expect(await call(again, 'residents.list', {})).toEqual([]);
  });

  it('keeps one active administrator: the last one can be neither demoted nor deactivated', async () => {
    const { core, client: admin } = vault;
    const anaId = admin.session!.userId;
    expect(await callError(admin, 'users.setRole', { id: anaId, role: 'manager' })).toMatchObject({
      code: 'LAST_ADMIN',
    });
    expect(await callError(admin, 'users.deactivate', { id: anaId })).toMatchObject({ code: 'LAST_ADMIN' });
    expect((await call(admin, 'session.current', {}))!.user.role).toBe('admin');

    // With a second administrator, Ana may step down; then Bea is the last one.
    const { id: beaId, client: bea } = await colleague('bea', 'admin');
    await call(admin, 'users.setRole', { id: anaId, role: 'staff' });
    expect(await callError(admin, 'users.list', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await callError(bea, 'users.deactivate', { id: beaId })).toMatchObject({ code: 'LAST_ADMIN' });
    expect(await callError(bea, 'users.setRole', { id: beaId, role: 'manager' })).toMatchObject({ code: 'LAST_ADMIN' });
    // A deactivated administrator does not count.
    await call(bea, 'users.setRole', { id: anaId, role: 'admin' });
    await call(bea, 'users.deactivate', { id: anaId });
    expect(await callError(bea, 'users.setRole', { id: beaId, role: 'staff' })).toMatchObject({ code: 'LAST_ADMIN' });
    expect(
      core.database().prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get(),
    ).toEqual({ n: 1 });
  });

  it('refuses bad input and unknown accounts, changing nothing', async () => {
    const { client: admin } = vault;
    expect(await callError(admin, 'users.create', { username: 'x', fullName: ' ', role: 'boss' })).toMatchObject({
      code: 'VALIDATION',
      fields: { username: 'validation.usernameLength', fullName: 'validation.required', role: 'validation.invalid' },
    });
    expect(
      await callError(admin, 'users.create', { username: ADMIN.username, fullName: 'Another Ana', role: 'staff' }),
    ).toMatchObject({
      code: 'CONFLICT',
      fields: { username: 'validation.usernameTaken' },
    });
    expect(await callError(admin, 'users.setRole', { id: 'nobody', role: 'staff' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await callError(admin, 'users.resetPassword', { id: 'nobody' })).toMatchObject({ code: 'NOT_FOUND' });
    const { id } = await colleague('sam', 'staff');
    expect(await callError(admin, 'users.reactivate', { id })).toMatchObject({ code: 'CONFLICT' });
    await call(admin, 'users.deactivate', { id });
    expect(await callError(admin, 'users.resetPassword', { id })).toMatchObject({ code: 'CONFLICT' });
    expect((await call(admin, 'users.list', {})).map((u) => u.username)).toEqual(['ana', 'sam']);
  });
});
