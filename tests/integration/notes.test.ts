import { describe, expect } from 'vitest';
import { uuidv7 } from '../../electron/core/ids.ts';
import type { Client } from '../../electron/core/index.ts';
import { call, callError } from '../fixtures/core.ts';
import { day, newResident, signedIn, TODAY } from '../fixtures/premises.ts';
import { it, type TestVault } from '../fixtures/vault.ts';

let v: TestVault;
it.beforeEach(({ vault }) => {
  v = vault;
});

const noteCount = () => (v.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;

/** Ana (admin, on v.client), staff Sara (author) and Stefan, manager Milica; one resident. */
async function team() {
  const sara = await signedIn(v.core, v.client, 'sara', 'staff');
  const stefan = await signedIn(v.core, v.client, 'stefan', 'staff');
  const milica = await signedIn(v.core, v.client, 'milica', 'manager');
  const { id: residentId } = await newResident(v.client);
  return { sara, stefan, milica, admin: v.client, residentId };
}

const plain = (client: Client, residentId: string, body: string) =>
  call(client, 'notes.create', { residentId, category: 'contact', body, sensitive: false });

describe('sensitive notes', () => {
  it('are read by their author, managers and admins; another staff member cannot learn one exists', async () => {
    const { sara, stefan, milica, admin, residentId } = await team();
    await plain(sara, residentId, 'Phoned her sister; all well.');
    v.time.advance(60_000);
    await plain(stefan, residentId, 'Went shopping for school things.');

    // Stefan's view of the world before the sensitive note.
    const before = await call(stefan, 'notes.list', { residentId });
    const unknownId = uuidv7();
    const refusedRandom = await callError(stefan, 'notes.get', { id: unknownId });

    v.time.advance(60_000);
    const secret = await call(sara, 'notes.create', {
      residentId,
      category: 'health',
      body: 'Disclosed a pregnancy; appointment at the clinic on Friday.',
      sensitive: true,
    });
    expect(secret).toMatchObject({ sensitive: true, category: 'health', canCorrect: true, date: TODAY });

    // The other staff member: the same list, the same length, the same refusal as for a random id.
    const after = await call(stefan, 'notes.list', { residentId });
    expect(after).toEqual(before);
    expect(after).toHaveLength(2);
    expect(JSON.stringify(after)).not.toContain(secret.id);
    expect(await callError(stefan, 'notes.get', { id: secret.id })).toEqual(refusedRandom);
    expect(refusedRandom.code).toBe('NOT_FOUND');
    expect(await callError(stefan, 'notes.correct', { id: secret.id, body: 'Overwritten' })).toEqual(
      await callError(stefan, 'notes.correct', { id: unknownId, body: 'Overwritten' }),
    );

    // Author, manager and admin see it, first (newest), with the same text.
    for (const reader of [sara, milica, admin]) {
      const list = await call(reader, 'notes.list', { residentId });
      expect(list).toHaveLength(3);
      expect(list[0]).toMatchObject({ id: secret.id, body: secret.body, sensitive: true, authorName: 'sara tester' });
      expect(await call(reader, 'notes.get', { id: secret.id })).toMatchObject({ id: secret.id, body: secret.body });
    }

    // A regular note Stefan may read does reach his list: the filter is on sensitivity, not on him.
    await plain(sara, residentId, 'Her brother visited.');
    expect(await call(stefan, 'notes.list', { residentId })).toHaveLength(3);
  });

  it("a sensitive note written by a manager is hidden from staff, and staff's own sensitive note from other staff", async () => {
    const { sara, stefan, milica, residentId } = await team();
    await call(milica, 'notes.create', {
      residentId,
      category: 'legal',
      body: 'Spoke to the prosecutor.',
      sensitive: true,
    });
    await call(stefan, 'notes.create', {
      residentId,
      category: 'incident',
      body: 'Argument in the kitchen.',
      sensitive: true,
    });
    expect((await call(sara, 'notes.list', { residentId })).map((n) => n.body)).toEqual([]);
    expect((await call(stefan, 'notes.list', { residentId })).map((n) => n.body)).toEqual(['Argument in the kitchen.']);
    expect(await call(milica, 'notes.list', { residentId })).toHaveLength(2);
  });

  it('reading the notes is audited without naming any note; the audit row of a list is the same for everyone', async () => {
    const { sara, stefan, residentId } = await team();
    const secret = await call(sara, 'notes.create', {
      residentId,
      category: 'health',
      body: 'Private.',
      sensitive: true,
    });
    await call(stefan, 'notes.list', { residentId });
    const read = v.db
      .prepare(
        "SELECT record_type, record_id, detail FROM audit_log WHERE action = 'notes.read' ORDER BY seq DESC LIMIT 1",
      )
      .get() as { record_type: string; record_id: string; detail: string };
    expect(read).toEqual({ record_type: 'resident', record_id: residentId, detail: '{}' });
    expect(read.detail).not.toContain(secret.id);
    const created = v.db.prepare("SELECT record_id FROM audit_log WHERE action = 'notes.create'").all();
    expect(created).toEqual([{ record_id: secret.id }]);
  });
});

describe('corrections', () => {
  it('append to the note: the list shows the corrected text, the history keeps the original', async () => {
    const { sara, stefan, milica, residentId } = await team();
    const note = await plain(sara, residentId, 'Appointment at the social work centre on Monday.');
    v.time.advance(120_000);
    const corrected = await call(sara, 'notes.correct', {
      id: note.id,
      body: 'Appointment at the social work centre on Tuesday.',
    });
    expect(corrected.body).toBe('Appointment at the social work centre on Tuesday.');
    expect(corrected.correctedAt).toBe(v.time.clock().toISOString());
    expect(corrected.history.map((h) => [h.kind, h.body])).toEqual([
      ['original', 'Appointment at the social work centre on Monday.'],
      ['correction', 'Appointment at the social work centre on Tuesday.'],
    ]);
    const [listed] = await call(stefan, 'notes.list', { residentId });
    expect(listed).toMatchObject({
      id: note.id,
      body: 'Appointment at the social work centre on Tuesday.',
      canCorrect: false,
    });

    // Only the author, managers and admins correct; a manager's correction is appended too.
    expect((await callError(stefan, 'notes.correct', { id: note.id, body: 'Wednesday.' })).code).toBe('FORBIDDEN');
    const again = await call(milica, 'notes.correct', { id: note.id, body: 'Appointment moved to Thursday.' });
    expect(again.history.map((h) => h.authorName)).toEqual(['sara tester', 'sara tester', 'milica tester']);
    expect((await call(stefan, 'notes.get', { id: note.id })).history[0]!.body).toBe(
      'Appointment at the social work centre on Monday.',
    );
  });

  it('the schema refuses to edit or delete a note or a correction, whatever the code path', async () => {
    const { sara, residentId } = await team();
    const note = await plain(sara, residentId, 'Original text.');
    await call(sara, 'notes.correct', { id: note.id, body: 'Corrected text.' });
    expect(() => v.db.prepare("UPDATE notes SET body = 'changed' WHERE id = ?").run(note.id)).toThrow(/never edited/);
    expect(() => v.db.prepare('UPDATE notes SET sensitive = 1 WHERE id = ?').run(note.id)).toThrow(/never edited/);
    expect(() => v.db.prepare('DELETE FROM notes WHERE id = ?').run(note.id)).toThrow(/never deleted/);
    expect(() => v.db.prepare("UPDATE note_corrections SET body = 'x'").run()).toThrow(/append-only/);
    expect(() => v.db.prepare('DELETE FROM note_corrections').run()).toThrow(/append-only/);
    expect((await call(sara, 'notes.get', { id: note.id })).history.map((h) => h.body)).toEqual([
      'Original text.',
      'Corrected text.',
    ]);
  });
});

describe('bad input changes nothing', () => {
  it('an empty or invisible-only body, an unknown category, a future date or an unknown resident are refused', async () => {
    const { id: residentId } = await newResident(v.client);
    const base = { residentId, category: 'contact' as const, body: 'Fine.', sensitive: false };
    for (const body of ['', '   ', '\u200B\u200D\uFEFF', '\u00A0\n\t\u3164']) {
      const e = await callError(v.client, 'notes.create', { ...base, body });
      expect(e).toMatchObject({ code: 'VALIDATION', fields: { body: 'validation.required' } });
    }
    expect((await callError(v.client, 'notes.create', { ...base, category: 'gossip' })).fields).toHaveProperty(
      'category',
    );
    expect((await callError(v.client, 'notes.create', { ...base, sensitive: 'yes' })).fields).toHaveProperty(
      'sensitive',
    );
    expect(await callError(v.client, 'notes.create', { ...base, date: day(1) })).toMatchObject({
      code: 'VALIDATION',
      fields: { date: 'validation.notInFuture' },
    });
    expect((await callError(v.client, 'notes.create', { ...base, residentId: uuidv7() })).code).toBe('NOT_FOUND');
    expect(noteCount()).toBe(0);

    const note = await call(v.client, 'notes.create', { ...base, date: day(-3) });
    expect(note.date).toBe(day(-3));
    for (const body of ['', '\u200B \u2060']) {
      expect(await callError(v.client, 'notes.correct', { id: note.id, body })).toMatchObject({
        code: 'VALIDATION',
        fields: { body: 'validation.required' },
      });
    }
    expect(await callError(v.client, 'notes.correct', { id: note.id, body: ' Fine. ' })).toMatchObject({
      code: 'VALIDATION',
      fields: { body: 'validation.unchanged' },
    });
    expect(v.db.prepare('SELECT count(*) AS n FROM note_corrections').get()).toEqual({ n: 0 });
  });
});
