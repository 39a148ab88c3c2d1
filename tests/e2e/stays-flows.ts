import type { Locator, Page } from '@playwright/test';
import type { Client, Core } from '../../electron/core/index.ts';
import { addUser } from '../../electron/core/users/service.ts';
import { addDays, localIsoDate } from '../../shared/dates.ts';
import type { ResidentFieldsInput } from '../../shared/residents.ts';
import type { Role } from '../../shared/roles.ts';
import { call } from '../fixtures/core.ts';
import { residentInput } from '../fixtures/premises.ts';
import { expect } from './harness.ts';

/** The office PC's date: E2E runs the core on the real clock. */
export const today = () => localIsoDate(new Date());
export const daysFromToday = (n: number) => addDays(today(), n);

/** dd/MM/yyyy, as the English UI shows and reads dates. */
export const enDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** An adult referred a month ago, consent given: admissible today. */
export function residentFields(over: Partial<ResidentFieldsInput> = {}): ResidentFieldsInput {
  return residentInput({ referralDate: daysFromToday(-30), consentGivenOn: daysFromToday(-30), ...over });
}

export async function newResident(client: Client, over: Partial<ResidentFieldsInput> = {}) {
  return call(client, 'residents.create', { fields: residentFields(over) });
}

export async function newRoom(
  client: Client,
  name: string,
  labels: string[],
  extra: { floor?: string; kind?: 'single' | 'shared' | 'family' | 'child_friendly'; notes?: string } = {},
) {
  const { id } = await call(client, 'rooms.create', {
    fields: { name, floor: extra.floor ?? '1', kind: extra.kind ?? 'shared', notes: extra.notes ?? '' },
  });
  const beds: Record<string, string> = {};
  for (const label of labels) beds[label] = (await call(client, 'beds.create', { roomId: id, label })).id;
  return { roomId: id, beds };
}

/** Another account (the database must be open: `admin` is signed in). */
export async function addAccount(
  core: Core,
  admin: Client,
  username: string,
  role: Role,
  password: string,
): Promise<void> {
  await addUser(
    core,
    { username, fullName: `${username[0]!.toUpperCase()}${username.slice(1)} Tester`, role, password },
    admin.session!.userId,
    core.clock(),
  );
}

/** Goes to a route of the signed-in app. */
export async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((r) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = `#${r}`;
  }, route);
}

/** Types a date into a DateField the way a user does, then leaves the field. */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  await field.fill(enDate(iso));
  await field.press('Tab');
}

/** Picks an option of a Mantine Select by its visible text. */
export async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

export function bedTile(page: Page, room: string, bed: string): Locator {
  return page.locator(`[data-testid=room-card][data-room="${room}"] [data-testid=bed-tile][data-bed="${bed}"]`);
}

export async function expectBed(
  page: Page,
  room: string,
  bed: string,
  state: string,
  text?: string | RegExp,
): Promise<void> {
  const tile = bedTile(page, room, bed);
  await expect(tile).toHaveAttribute('data-state', state);
  if (text) await expect(tile).toContainText(text);
}
