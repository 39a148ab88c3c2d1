import type { Client } from '../../electron/core/index.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import { call } from '../fixtures/core.ts';
import { daysFromToday as day, newRoom, residentFields } from './stays-flows.ts';

const NAMES = ['Jelena', 'Milica', 'Tijana', 'Dragana', 'Sanja', 'Ivana', 'Olena'];
const BIRTHS = ['1990-04-12', '2003-09-30', '1979-02-14'];

/**
 * Fourteen people admitted over the last fifty days (twelve women, two men, one a child) and
 * three referrals declined for lack of a bed: donor figures with counts of 5 and more, "<5" and a
 * count withheld beside a total. Returns every name and code typed, none of which may leave the screen.
 */
export async function seedDonorHouse(c: Client): Promise<{ names: string[]; codes: string[] }> {
  const late = 'Entered from the paper register';
  const room = await newRoom(
    c,
    'Lipa',
    Array.from({ length: 16 }, (_, k) => `B${k + 1}`),
  );
  const beds = Object.values(room.beds);
  const names: string[] = [];
  const codes: string[] = [];
  const create = async (i: number, over: Partial<ResidentFieldsInput>) => {
    const givenName = NAMES[i % NAMES.length]!;
    const familyName = `Donorović${String.fromCharCode(65 + i)}`;
    const r = await call(c, 'residents.create', {
      fields: residentFields({
        givenName,
        familyName,
        referralDate: day(-58),
        consentGivenOn: day(-58),
        ...over,
      }),
    });
    names.push(familyName);
    codes.push(r.code);
    return r;
  };
  const housed: string[] = [];
  for (let i = 0; i < 14; i++) {
    const child = i === 13;
    const r = await create(i, {
      sex: i < 12 ? 'female' : 'male',
      dateOfBirth: child ? '2015-06-01' : BIRTHS[i % 3]!,
      ...(child ? { guardianName: 'Centar za socijalni rad' } : {}),
      referralSource: i % 2 === 0 ? 'center' : 'police',
      exploitationForms: i % 2 === 0 ? ['sexual'] : i % 5 === 0 ? ['labour', 'forced_begging'] : ['labour'],
      ...(i < 3
        ? { identificationStatus: 'formal', formallyIdentifiedOn: day(-58), identificationBody: 'Centar' }
        : {}),
    });
    await call(c, 'stays.admit', { residentId: r.id, bedId: beds[i]!, date: day(-50 + i * 3), backdateReason: late });
    housed.push(r.id);
  }
  await seedServices(c, housed);
  for (let i = 14; i < 17; i++) {
    const r = await create(i, { referralDate: day(-20), consentGivenOn: day(-20) });
    await call(c, 'residents.declineReferral', { id: r.id, reason: 'no_free_bed' });
  }
  return { names, codes };
}

/**
 * Support plans for eight of them (safety for all, health for six, legal for two), two accompanied
 * to court, and Open Club: a workshop twice and an outing, so the services tables have numbers,
 * "<5" and "*".
 */
async function seedServices(c: Client, housed: string[]): Promise<void> {
  type Domain = 'safety' | 'health' | 'legal';
  const goal = (domain: Domain) => ({
    domain,
    description: 'Goal',
    targetDate: day(30),
    status: 'in_progress' as const,
  });
  for (let i = 0; i < 8; i++) {
    const plan = await call(c, 'plans.newVersion', { residentId: housed[i]! });
    const domains: Domain[] = [
      'safety',
      ...(i < 6 ? (['health'] as const) : []),
      ...(i < 2 ? (['legal'] as const) : []),
    ];
    for (const domain of domains) await call(c, 'plans.createGoal', { planId: plan.id, fields: goal(domain) });
  }
  const me = (await call(c, 'session.current', {}))!.user.id;
  for (const [i, d] of [
    [0, -20],
    [0, -6],
    [1, -10],
  ] as const)
    await call(c, 'hearings.create', {
      residentId: housed[i]!,
      fields: { date: day(d), time: '10:00', kind: 'hearing', institution: 'Viši sud', accompaniedBy: me, outcome: '' },
    });
  const workshop = await call(c, 'openclub.createActivity', {
    fields: { name: 'Sewing', kind: 'workshop', description: '' },
  });
  const outing = await call(c, 'openclub.createActivity', { fields: { name: 'Zoo', kind: 'outing', description: '' } });
  const session = (activityId: string, d: number, residentIds: string[]) =>
    call(c, 'openclub.createSession', { activityId, date: day(d), facilitator: 'Vesna', residentIds });
  await session(workshop.id, -9, housed.slice(0, 7));
  await session(workshop.id, -2, housed.slice(2, 9));
  await session(outing.id, -5, housed.slice(0, 3));
}
