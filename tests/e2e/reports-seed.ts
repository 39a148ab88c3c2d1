import type { Client } from '../../electron/core/index.ts';
import { call } from '../fixtures/core.ts';
import { daysFromToday as day, newRoom, residentFields } from './stays-flows.ts';

const NAMES = ['Jelena', 'Ana', 'Milica', 'Tijana', 'Dragana', 'Sanja', 'Ivana', 'Olena', 'Marta', 'Lejla'];
const FAMILIES = ['Nikolić', 'Đorđević', 'Stojanović', 'Pavlović', 'Mitrović', 'Lukić', 'Ilić', 'Kovalenko'];

/**
 * A house of 36 rooms with two beds each, most of them taken over the last three months: enough
 * rows for an occupancy report of three printed pages. One resident is do-not-disclose. Returns
 * the code and real name of that resident.
 */
export async function seedReportHouse(c: Client): Promise<{ protectedCode: string; protectedName: string }> {
  const late = 'Entered from the paper register';
  const beds: string[] = [];
  for (let r = 1; r <= 36; r++) {
    const room = await newRoom(c, `Soba ${String(r).padStart(2, '0')}`, ['A', 'B']);
    beds.push(room.beds.A!, room.beds.B!);
  }
  let protectedCode = '';
  for (let i = 0; i < 64; i++) {
    const since = -80 + (i % 40);
    const hidden = i === 5;
    const fields = residentFields({
      givenName: hidden ? 'Zorana' : NAMES[i % NAMES.length]!,
      familyName: hidden ? 'Vukadinović' : FAMILIES[i % FAMILIES.length]!,
      doNotDisclose: hidden,
      referralDate: day(since - 5),
      consentGivenOn: day(since - 5),
    });
    const { id, code } = await call(c, 'residents.create', { fields });
    if (hidden) protectedCode = code;
    await call(c, 'stays.admit', { residentId: id, bedId: beds[i]!, date: day(since), backdateReason: late });
    if (i % 4 === 0) {
      await call(c, 'stays.exit', {
        residentId: id,
        date: day(since + 20),
        reason: 'Moved on',
        destination: i % 8 === 0 ? 'family' : 'independent_living',
        backdateReason: late,
      });
    }
  }
  await call(c, 'beds.setOutOfService', {
    bedId: beds[70]!,
    fromDate: day(-30),
    untilDate: day(-10),
    reason: 'Repairs',
  });
  return { protectedCode, protectedName: 'Zorana Vukadinović' };
}
