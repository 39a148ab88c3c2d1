import { describe, expect } from 'vitest';
import type { Client } from '../../electron/core/index.ts';
import type { Db } from '../../electron/core/db/connection.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import { isBlank } from '../../shared/text.ts';
import { call, callError } from '../fixtures/core.ts';
import { it } from '../fixtures/vault.ts';
import { newResident, newRoom, residentInput } from '../fixtures/premises.ts';

let admin: Client;
let db: Db;

it.beforeEach(({ vault }) => {
  ({ client: admin, db } = vault);
});

const residentCount = () => (db.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;

// Zero-width space, joiner and non-joiner, BOM, word joiner, left-to-right and right-to-left marks
// and isolates, a Hangul filler, a no-break space: each renders as nothing.
const INVISIBLE = ['\u200b', '\u200d\u200c', '\ufeff', '\u2060', '\u200e\u200f', '\u2066\u2069', '\u3164', '\u00a0 \t'];

describe('invisible-only text', () => {
  it('counts as blank; visible text among invisible characters does not', () => {
    for (const s of INVISIBLE) expect(isBlank(s), JSON.stringify(s)).toBe(true);
    expect(isBlank('\u200bA\u200b')).toBe(false);
    expect(isBlank('Ђ')).toBe(false);
  });

  it.each(INVISIBLE)(
    'a given name of only %j is VALIDATION on the given name, and nothing is written',
    async (givenName) => {
      const error = await callError(admin, 'residents.create', { fields: residentInput({ givenName }) });
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'fields.givenName': 'validation.required' } });
      expect(residentCount()).toBe(0);
    },
  );

  it('is empty where text is required elsewhere too: room names, exit reasons', async () => {
    expect(await callError(admin, 'rooms.create', { fields: { name: '\u200b\u200b', kind: 'single' } })).toMatchObject({
      code: 'VALIDATION',
      fields: { 'fields.name': 'validation.required' },
    });
    expect(db.prepare('SELECT count(*) AS n FROM rooms').get()).toEqual({ n: 0 });
    const { beds } = await newRoom(admin, 'Lipa', ['A']);
    const r = await newResident(admin);
    await call(admin, 'stays.admit', { residentId: r.id, bedId: beds.A!, date: '2026-03-10' });
    const exit = await callError(admin, 'stays.exit', {
      residentId: r.id,
      date: '2026-03-10',
      reason: '\ufeff\u200d',
      destination: 'family',
    });
    expect(exit).toMatchObject({ code: 'VALIDATION', fields: { reason: 'validation.required' } });
  });

  it('a minor whose guardian is only invisible characters has no guardian', async () => {
    const error = await callError(admin, 'residents.create', {
      fields: residentInput({ dateOfBirth: '2015-01-01', guardianName: '\u200b\u2060' }),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { guardianName: 'validation.guardianRequired' } });
    expect(residentCount()).toBe(0);
  });
});

describe('lists in a record', () => {
  const refused: [string, Partial<ResidentFieldsInput>, string, string][] = [
    [
      'a nationality twice (case aside)',
      { nationalities: ['Serbia', 'serbia'] },
      'fields.nationalities',
      'validation.duplicate',
    ],
    [
      'a language twice (invisible characters aside)',
      { languages: ['Romani', 'Rom\u200bani'] },
      'fields.languages',
      'validation.duplicate',
    ],
    [
      'a form of exploitation twice',
      { exploitationForms: ['labour', 'sexual', 'labour'] },
      'fields.exploitationForms',
      'validation.duplicate',
    ],
    [
      'six nationalities',
      { nationalities: ['A', 'B', 'C', 'D', 'E', 'F'] },
      'fields.nationalities',
      'validation.tooMany',
    ],
    [
      'eleven languages',
      { languages: Array.from({ length: 11 }, (_, i) => `Language ${i}`) },
      'fields.languages',
      'validation.tooMany',
    ],
    ['a blank language', { languages: ['Serbian', '\u200b'] }, 'fields.languages.1', 'validation.required'],
  ];

  it.each(refused)('refuses %s, naming the field, and writes nothing', async (_what, over, field, message) => {
    const error = await callError(admin, 'residents.create', { fields: residentInput(over) });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { [field]: message } });
    expect(residentCount()).toBe(0);
  });

  it('refuses the same on an edit and leaves the record as it was', async () => {
    const { id } = await newResident(admin, { nationalities: ['Serbia'] });
    const before = db.prepare('SELECT * FROM residents WHERE id = ?').get(id);
    const error = await callError(admin, 'residents.update', {
      id,
      fields: residentInput({ exploitationForms: ['sexual', 'sexual'] }),
    });
    expect(error).toMatchObject({ code: 'VALIDATION', fields: { 'fields.exploitationForms': 'validation.duplicate' } });
    expect(db.prepare('SELECT * FROM residents WHERE id = ?').get(id)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM resident_changes').get()).toEqual({ n: 0 });
  });

  it('accepts every form of exploitation once, and distinct lists up to their bounds', async () => {
    const { id } = await newResident(admin, {
      exploitationForms: [
        'sexual',
        'labour',
        'forced_begging',
        'forced_marriage',
        'forced_criminality',
        'domestic_servitude',
        'other',
      ],
      nationalities: ['A', 'B', 'C', 'D', 'E'],
      languages: Array.from({ length: 10 }, (_, i) => `Language ${i}`),
    });
    expect((await call(admin, 'residents.get', { id })).exploitationForms).toHaveLength(7);
  });
});
