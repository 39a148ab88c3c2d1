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
  }
  for (let i = 14; i < 17; i++) {
    const r = await create(i, { referralDate: day(-20), consentGivenOn: day(-20) });
    await call(c, 'residents.declineReferral', { id: r.id, reason: 'no_free_bed' });
  }
  return { names, codes };
}
