import type { Core } from '../../electron/core/index.ts';
import { addDays, localIsoDate } from '../../shared/dates.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import { call } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { ADMIN } from './flows.ts';

const today = () => localIsoDate(new Date());
const day = (offset: number) => addDays(today(), offset);

function person(over: Partial<ResidentFieldsInput>): ResidentFieldsInput {
  return residentInput({
    referralDate: day(-40),
    consentGivenOn: day(-40),
    consentRecordedBy: 'Ana Admin',
    consentScope: 'Housing, case management, reports to the Center',
    ...over,
  });
}

/**
 * A small house with realistic residents (diacritics, a do-not-disclose and a high-risk resident,
 * a mother and child, referrals waiting), created through the core as the administrator.
 */
export async function seedResidents(core: Core): Promise<Record<string, string>> {
  const client = core.connect();
  await call(client, 'session.login', { username: ADMIN.username, password: ADMIN.password });
  const room = async (
    name: string,
    floor: string,
    kind: 'single' | 'shared' | 'family' | 'child_friendly',
    labels: string[],
  ) => {
    const { id } = await call(client, 'rooms.create', { fields: { name, floor, kind } });
    const beds: string[] = [];
    for (const label of labels) beds.push((await call(client, 'beds.create', { roomId: id, label })).id);
    return beds;
  };
  const [r1a, r1b] = await room('Room 1', '1', 'shared', ['A', 'B']);
  const [r2a, r2b] = await room('Room 2', '1', 'family', ['A', 'B']);
  const [r3a] = await room('Room 3', '2', 'single', ['A']);

  const ids: Record<string, string> = {};
  const create = async (key: string, over: Partial<ResidentFieldsInput>) => {
    ids[key] = (await call(client, 'residents.create', { fields: person(over) })).id;
    return ids[key]!;
  };
  const admit = (residentId: string, bedId: string, offset: number) =>
    call(client, 'stays.admit', {
      residentId,
      bedId,
      date: day(offset),
      backdateReason: offset < 0 ? 'Entered from the paper register' : '',
    });

  await admit(
    await create('jelena', {
      givenName: 'Jelena',
      familyName: 'Đorđević',
      nationalities: ['RS'],
      languages: ['Serbian', 'English'],
      identificationStatus: 'formal',
      preliminaryIdentifiedOn: day(-50),
      formallyIdentifiedOn: day(-35),
      identificationBody: 'Center for Victim Protection',
      referredBy: 'Center for Victim Protection, Belgrade',
      exploitationForms: ['sexual'],
      riskLevel: 'medium',
      referralDate: day(-45),
    }),
    r2a!,
    -30,
  );
  await admit(
    await create('luka', {
      givenName: 'Luka',
      familyName: 'Đorđević',
      sex: 'male',
      dateOfBirth: '2019-09-02',
      guardianName: 'Jelena Đorđević (mother)',
      parentResidentId: ids.jelena!,
      referralDate: day(-45),
      referredBy: 'Center for Victim Protection, Belgrade',
    }),
    r2b!,
    -30,
  );
  const marija: Partial<ResidentFieldsInput> = {
    givenName: 'Marija',
    familyName: 'Petrović',
    alias: 'Maja',
    dateOfBirth: '1998-11-23',
    nationalities: ['RS'],
    identificationStatus: 'preliminary',
    preliminaryIdentifiedOn: day(-20),
    identificationBody: 'Center for Victim Protection',
    referralSource: 'police',
    referredBy: 'Police Administration Belgrade',
    exploitationForms: ['sexual', 'forced_criminality'],
    riskLevel: 'medium',
    doNotDisclose: true,
    referralDate: day(-21),
  };
  await admit(await create('marija', marija), r3a!, -20);
  // A later assessment raises the risk: the change log has something to show.
  await call(client, 'residents.update', {
    id: ids.marija!,
    fields: person({
      ...marija,
      riskLevel: 'high',
      safetyNotes:
        'Former partner is looking for her. Never confirm she is here; call the police at once if he comes to the door.',
    }),
  });
  await admit(
    await create('lan', {
      givenName: 'Thi Lan',
      familyName: 'Nguyễn',
      dateOfBirth: '1990-02-14',
      nationalities: ['VN'],
      languages: ['Vietnamese'],
      identificationStatus: 'preliminary',
      preliminaryIdentifiedOn: day(-12),
      identificationBody: 'Center for Victim Protection',
      referralSource: 'other_ngo',
      referredBy: 'ASTRA',
      exploitationForms: ['labour', 'domestic_servitude'],
      riskLevel: 'high',
      referralDate: day(-14),
    }),
    r1a!,
    -10,
  );
  await create('amina', {
    givenName: 'Amina',
    familyName: 'Hodžić',
    dateOfBirth: null,
    birthYearEstimate: 2001,
    referralSource: 'social_work_centre',
    referredBy: 'Social work centre Zemun',
    exploitationForms: ['forced_marriage'],
    riskLevel: 'medium',
    referralDate: day(-3),
  });
  await create('olena', {
    givenName: 'Olena',
    familyName: 'Shevchenko',
    dateOfBirth: '1987-06-30',
    nationalities: ['UA'],
    languages: ['Ukrainian', 'Russian'],
    referralSource: 'other_ngo',
    referredBy: 'Atina',
    exploitationForms: ['labour'],
    referralDate: day(-6),
  });
  await call(client, 'residents.acceptReferral', { id: ids.olena! });
  await create('snezana', { givenName: 'Snežana', familyName: 'Ilić', referralDate: day(-9), referralSource: 'self' });
  await call(client, 'residents.declineReferral', { id: ids.snezana!, reason: 'no_free_bed' });
  await admit(
    await create('ivana', {
      givenName: 'Ivana',
      familyName: 'Čolić',
      referralDate: day(-90),
      consentGivenOn: day(-90),
    }),
    r1b!,
    -80,
  );
  await call(client, 'stays.exit', {
    residentId: ids.ivana!,
    date: day(-5),
    reason: 'Moved in with her sister',
    destination: 'family',
    backdateReason: 'Entered after the weekend',
  });
  client.disconnect();
  return ids;
}
