import { describe, expect } from 'vitest';
import type { Core } from '../../electron/core/index.ts';
import { MAX_DRAFT_BYTES } from '../../shared/drafts.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { ADMIN, call, callError, manualClock, newCore, setUpCore } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';

let dir: string;
let cores: Core[];
it.beforeEach(({ dir: d, cores: c }) => {
  dir = d;
  cores = c;
});

const SAM = { username: 'sam', fullName: 'Sam Staff', role: 'staff' as const, password: 'sams own password' };
const intake = {
  key: 'residents.new',
  route: '/residents/new',
  data: { givenName: 'Mira', familyName: 'Petrović', nationalities: ['RS'] },
};

async function twoUsers() {
  const time = manualClock();
  const { core, client } = await setUpCore(dir, time.clock);
  cores.push(core);
  await addUser(core, SAM, client.session!.userId, time.clock());
  return { core, client, time };
}

describe('drafts', () => {
  it('the same user gets the draft back after a lock and a new sign-in, on a fresh core too', async () => {
    const { core, client, time } = await twoUsers();
    await call(client, 'drafts.save', intake);
    time.advance(1_000);
    await call(client, 'session.lock', {});
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(await call(client, 'drafts.latest', {})).toEqual({ key: 'residents.new', route: '/residents/new' });
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toEqual({
      ...intake,
      savedAt: '2026-03-01T09:00:00.000Z',
    });

    // It is in the (encrypted) database, not in the process: a restart still has it.
    core.close();
    const restarted = newCore(dir, time.clock);
    cores.push(restarted);
    const again = restarted.connect();
    await call(again, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(await call(again, 'drafts.get', { key: 'residents.new' })).toMatchObject({ data: intake.data });
  });

  it('after an idle lock too', async () => {
    const { client, time } = await twoUsers();
    await call(client, 'drafts.save', intake);
    time.advance(10 * 60_000);
    expect(await callError(client, 'drafts.get', { key: 'residents.new' })).toMatchObject({ code: 'NO_SESSION' });
    await call(client, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toMatchObject({
      route: '/residents/new',
      data: intake.data,
    });
  });

  it('another user signing in on the same window never sees it', async () => {
    const { core, client } = await twoUsers();
    await call(client, 'drafts.save', intake);
    await call(client, 'drafts.save', { key: 'residents.edit:x', route: '/residents/x/edit', data: { a: 1 } });
    await call(client, 'session.lock', {});
    await call(client, 'session.login', { username: 'sam', password: SAM.password });
    expect(await call(client, 'drafts.latest', {})).toBeNull();
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toBeNull();
    expect(await call(client, 'drafts.get', { key: 'residents.edit:x' })).toBeNull();
    // Sam's own draft and discard touch only Sam's rows.
    await call(client, 'drafts.save', { ...intake, data: { givenName: 'Other' } });
    await call(client, 'drafts.discard', { key: 'residents.edit:x' });
    const other = core.connect();
    await call(other, 'session.login', { username: 'ana', password: ADMIN.password });
    expect(await call(other, 'drafts.get', { key: 'residents.new' })).toMatchObject({ data: intake.data });
    expect(await call(other, 'drafts.get', { key: 'residents.edit:x' })).toMatchObject({ data: { a: 1 } });
  });

  it('saving again replaces the draft; latest is the most recently saved; discard removes it', async () => {
    const { client, time } = await twoUsers();
    await call(client, 'drafts.save', intake);
    time.advance(1_000);
    await call(client, 'drafts.save', { key: 'residents.edit:r1', route: '/residents/r1/edit', data: { x: 1 } });
    expect(await call(client, 'drafts.latest', {})).toEqual({ key: 'residents.edit:r1', route: '/residents/r1/edit' });
    time.advance(1_000);
    await call(client, 'drafts.save', { ...intake, data: { givenName: 'Mila' } });
    expect(await call(client, 'drafts.latest', {})).toEqual({ key: 'residents.new', route: '/residents/new' });
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toMatchObject({ data: { givenName: 'Mila' } });
    await call(client, 'drafts.discard', { key: 'residents.new' });
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toBeNull();
    expect(await call(client, 'drafts.latest', {})).toEqual({ key: 'residents.edit:r1', route: '/residents/r1/edit' });
  });

  it('is not an audited change, and its content appears nowhere in the audit log', async () => {
    const { core, client } = await twoUsers();
    const before = core.database().prepare('SELECT count(*) AS n FROM audit_log').get();
    await call(client, 'drafts.save', intake);
    await call(client, 'drafts.discard', { key: 'residents.new' });
    expect(core.database().prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
    const text = JSON.stringify(core.database().prepare('SELECT * FROM audit_log').all());
    expect(text).not.toContain('Mira');
  });

  it('refuses a draft over the size bound, bad keys and routes, with VALIDATION, and keeps the old one', async () => {
    const { client } = await twoUsers();
    await call(client, 'drafts.save', intake);
    const big = { text: 'x'.repeat(MAX_DRAFT_BYTES) };
    expect(await callError(client, 'drafts.save', { ...intake, data: big })).toMatchObject({
      code: 'VALIDATION',
      fields: { data: 'validation.draftTooLarge' },
    });
    // Just under the bound is fine (the JSON wrapper takes 11 bytes).
    await call(client, 'drafts.save', { key: 'big', route: '/x', data: { text: 'x'.repeat(MAX_DRAFT_BYTES - 11) } });
    for (const bad of [
      { ...intake, key: '' },
      { ...intake, key: 'a b' },
      { ...intake, key: 'k'.repeat(201) },
      { ...intake, route: 'https://example.org/' },
      { ...intake, route: 'residents/new' },
      { key: 'residents.new', route: '/residents/new' },
      { ...intake, extra: 1 },
    ]) {
      expect(await callError(client, 'drafts.save', bad)).toMatchObject({ code: 'VALIDATION' });
    }
    expect(await call(client, 'drafts.get', { key: 'residents.new' })).toMatchObject({ data: intake.data });
  });

  it('needs a session', async () => {
    const { core } = await twoUsers();
    const stranger = core.connect();
    expect(await callError(stranger, 'drafts.get', { key: 'residents.new' })).toMatchObject({ code: 'NO_SESSION' });
    expect(await callError(stranger, 'drafts.save', intake)).toMatchObject({ code: 'NO_SESSION' });
  });
});
