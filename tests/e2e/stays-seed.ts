import type { Client } from '../../electron/core/index.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import { call } from '../fixtures/core.ts';
import { daysFromToday as day, newRoom, residentFields } from './stays-flows.ts';

type Kind = 'single' | 'shared' | 'family' | 'child_friendly';

const ROOMS: [name: string, floor: string, kind: Kind, beds: string[]][] = [
  ['Lipa', '0', 'single', ['A']],
  ['Breza', '0', 'shared', ['A', 'B', 'C']],
  ['Hrast', '0', 'shared', ['A', 'B']],
  ['Jorgovan', '1', 'family', ['A', 'B', 'C', 'D']],
  ['Javor', '1', 'shared', ['A', 'B']],
  ['Kesten', '1', 'child_friendly', ['A', 'B', 'C']],
  ['Lavanda', '1', 'single', ['A']],
  ['Ruža', '1', 'shared', ['A', 'B', 'C']],
  ['Suncokret', '2', 'shared', ['A', 'B', 'C']],
  ['Trešnja', '2', 'family', ['A', 'B', 'C', 'D']],
  ['Višnja', '2', 'single', ['A']],
  ['Bagrem', '2', 'shared', ['A', 'B', 'C']],
];

/**
 * A full house for the pictures: 12 rooms and 30 beds; residents in most beds (a do-not-disclose
 * resident shown by alias, another by code, a high-risk one, a mother with children), two beds
 * out of service, one planned admission for tomorrow and one later. Returns resident ids by key.
 */
export async function seedHouse(c: Client, language: 'en' | 'sr-Latn' = 'en'): Promise<Record<string, string>> {
  const say = (en: string, sr: string) => (language === 'en' ? en : sr);
  const late = say('Entered from the paper register', 'Preneto iz papirne evidencije');
  const beds: Record<string, Record<string, string>> = {};
  for (const [name, floor, kind, labels] of ROOMS) beds[name] = (await newRoom(c, name, labels, { floor, kind })).beds;
  const bed = (room: string, label: string) => beds[room]![label]!;

  const ids: Record<string, string> = {};
  const person = async (key: string, since: number, over: Partial<ResidentFieldsInput>) => {
    const fields = residentFields({ referralDate: day(since - 3), consentGivenOn: day(since - 3), ...over });
    ids[key] = (await call(c, 'residents.create', { fields })).id;
    return ids[key]!;
  };
  const admit = async (key: string, room: string, label: string, since: number, over: Partial<ResidentFieldsInput>) => {
    const id = await person(key, since, over);
    await call(c, 'stays.admit', {
      residentId: id,
      bedId: bed(room, label),
      date: day(since),
      backdateReason: since < 0 ? late : '',
    });
    return id;
  };

  await admit('marija', 'Lipa', 'A', -64, {
    givenName: 'Marija',
    familyName: 'Petrović',
    alias: 'Maša',
    doNotDisclose: true,
    riskLevel: 'high',
  });
  await admit('jelena', 'Breza', 'A', -120, { givenName: 'Jelena', familyName: 'Nikolić' });
  await admit('ana', 'Breza', 'B', -41, { givenName: 'Ana', familyName: 'Đorđević', dateOfBirth: '1999-02-11' });
  await admit('olena', 'Hrast', 'A', -18, { givenName: 'Olena', familyName: 'Kovalenko', nationalities: ['Ukraine'] });
  await admit('fatima', 'Hrast', 'B', -9, {
    givenName: 'Fatima',
    familyName: 'Ahmadi',
    alias: 'Fati',
    nationalities: ['Afghanistan'],
  });
  const ivana = await admit('ivana', 'Jorgovan', 'A', -33, {
    givenName: 'Ivana',
    familyName: 'Ilić',
    dateOfBirth: '1990-08-30',
  });
  await admit('sara', 'Jorgovan', 'B', -33, {
    givenName: 'Sara',
    familyName: 'Ilić',
    dateOfBirth: '2016-04-02',
    guardianName: 'Ivana Ilić',
    parentResidentId: ivana,
  });
  await admit('luka', 'Jorgovan', 'C', -33, {
    givenName: 'Luka',
    familyName: 'Ilić',
    sex: 'male',
    dateOfBirth: '2019-11-21',
    guardianName: 'Ivana Ilić',
    parentResidentId: ivana,
  });
  await admit('milica', 'Javor', 'B', -5, { givenName: 'Milica', familyName: 'Stojanović', riskLevel: 'high' });
  await admit('amina', 'Kesten', 'A', -75, {
    givenName: 'Amina',
    familyName: 'Hasanović',
    dateOfBirth: '2008-06-14',
    guardianName: 'Centar za socijalni rad Zvezdara',
  });
  await admit('dragana', 'Ruža', 'A', -210, {
    givenName: 'Dragana',
    familyName: 'Mitrović',
    dateOfBirth: '1985-01-09',
  });
  await admit('tijana', 'Ruža', 'C', -27, { givenName: 'Tijana', familyName: 'Pavlović' });
  await admit('gabriela', 'Suncokret', 'A', -14, {
    givenName: 'Gabriela',
    familyName: 'Popescu',
    nationalities: ['Romania'],
  });
  await admit('nn', 'Suncokret', 'B', -2, {
    givenName: 'Nevena',
    familyName: 'Radić',
    doNotDisclose: true,
    riskLevel: 'medium',
  });
  await admit('sanja', 'Trešnja', 'A', -50, { givenName: 'Sanja', familyName: 'Lukić' });
  await admit('lejla', 'Višnja', 'A', -3, {
    givenName: 'Lejla',
    familyName: 'Begić',
    nationalities: ['Bosnia and Herzegovina'],
  });
  await admit('katarina', 'Bagrem', 'A', 0, { givenName: 'Katarina', familyName: 'Živković' });

  await call(c, 'beds.setOutOfService', {
    bedId: bed('Breza', 'C'),
    fromDate: day(-3),
    untilDate: day(6),
    reason: say('Broken bed frame', 'Polomljen ram kreveta'),
  });
  await call(c, 'beds.setOutOfService', {
    bedId: bed('Javor', 'A'),
    fromDate: day(-12),
    untilDate: null,
    reason: say('Damp wall, repairs', 'Vlažan zid, popravka'),
  });

  const nadia = await person('nadia', 0, { givenName: 'Nadia', familyName: 'Rahimi', nationalities: ['Iran'] });
  await call(c, 'stays.plan', { residentId: nadia, bedId: bed('Kesten', 'B'), date: day(1) });
  const mirjana = await person('mirjana', 0, { givenName: 'Mirjana', familyName: 'Savić' });
  await call(c, 'stays.plan', { residentId: mirjana, bedId: bed('Trešnja', 'B'), date: day(4) });
  await person('bojana', 0, { givenName: 'Bojana', familyName: 'Kostić' });
  await person('olga', 0, { givenName: 'Olga', familyName: 'Melnyk', nationalities: ['Ukraine'] });

  // An annex no longer used, for the retired section of the set-up screen.
  const annex = await newRoom(c, 'Aneks', ['A', 'B'], {
    floor: '0',
    kind: 'shared',
    notes: say('Closed when the lease ended', 'Zatvoreno po isteku zakupa'),
  });
  await call(c, 'rooms.retire', { id: annex.roomId, date: day(-1) });
  await call(c, 'rooms.update', {
    id: (await call(c, 'rooms.list', {})).find((r) => r.name === 'Jorgovan')!.id,
    fields: {
      name: 'Jorgovan',
      floor: '1',
      kind: 'family',
      notes: say('Connecting door to the bathroom; cot available', 'Vrata ka kupatilu; dostupan krevetac za bebu'),
    },
  });
  return ids;
}
