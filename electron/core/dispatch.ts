import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/contract.ts';
import { AppError, type AppErrorShape, type Result } from '../../shared/errors.ts';
import { roleAtLeast } from '../../shared/roles.ts';
import type { Client, Core } from './core.ts';
import { handlerContext, type Handler } from './handler.ts';
import { handlers } from './handlers.ts';
import { enforceSessionLimits } from './session/limits.ts';
import { refreshSession } from './session/standing.ts';
import { isBusy } from './vault/folder-lock.ts';

function fail(code: AppErrorShape['code'], message: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

export function validationFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const base = issue.path.join('.');
    // A strict schema reports unknown keys on the object itself: name each key instead.
    const paths =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (base ? `${base}.${k}` : k)) : [base || '_'];
    // zod's own messages are English sentences; ours are i18n keys (`validation.*`).
    for (const path of paths)
      fields[path] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return fields;
}

/**
 * The one entry point: contract lookup → authorise (the account re-read) → validate input → handler →
 * validate output.
 * Nothing is done unless every step before the handler passed.
 */
export async function dispatch(core: Core, client: Client, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    // Not String(channel): a null-prototype object or a throwing toString would make dispatch throw.
    const name = typeof channel === 'string' ? channel.slice(0, 80) : `(${typeof channel})`;
    return fail('UNKNOWN_CHANNEL', `No such channel: ${name}`);
  }
  const spec = contract[channel];

  const now = core.clock();
  // A session that ended on its own (idle, absolute limit) is locked before anything else looks at
  // it; public calls then see a locked window like any other (session.current answers null).
  const expiry = enforceSessionLimits(core, client, now);
  if (expiry && spec.access !== 'public') {
    const details: Record<string, string | number> = { ...expiry };
    return { ok: false, error: { code: 'NO_SESSION', message: 'The session ended; sign in again.', details } };
  }

  try {
    refreshSession(core, client);
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    console.error('[haven] could not check the session against its account', e);
    return fail('INTERNAL', 'Something went wrong inside Haven.');
  }

  if (spec.access !== 'public') {
    const session = client.session;
    if (!session) return fail('NO_SESSION', 'Sign in first.');
    if (session.mustChangePassword && !('duringPasswordChange' in spec && spec.duringPasswordChange)) {
      return fail('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first.');
    }
    if (!roleAtLeast(session.role, spec.access)) {
      return fail('FORBIDDEN', `${channel} needs the ${spec.access} role.`);
    }
  }

  // Input is looked at only for a caller allowed to make the call: someone refused learns nothing
  // about what the channel expects.
  let parsed: ReturnType<typeof spec.input.safeParse>;
  try {
    parsed = spec.input.safeParse(input ?? {});
  } catch {
    // zod lets a throwing getter or proxy trap escape; such input is invalid, not an internal error.
    return fail('VALIDATION', `Invalid input for ${channel}`, { _: 'validation.invalid' });
  }
  if (!parsed.success) return fail('VALIDATION', `Invalid input for ${channel}`, validationFields(parsed.error));

  // No call counts as activity here: only `session.activity` (typing and clicking, reported by the
  // renderer) and signing in do. Polls, refetches and draft saves run without a person present.
  try {
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, handlerContext(core, client, now));
    const out = spec.output.safeParse(value);
    if (!out.success) {
      console.error(`[haven] ${channel} returned a value outside its contract`, out.error.issues);
      return fail('INTERNAL', 'Something went wrong inside Haven.');
    }
    return { ok: true, value: out.data };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toShape() };
    // Only another program (an outside SQLCipher tool) can hold the database past the busy
    // timeout: Haven's own processes are kept out by the folder lock.
    if (isBusy(e)) return fail('FOLDER_IN_USE', 'Another program is using the database; nothing was changed.');
    console.error(`[haven] ${channel} failed`, e);
    return fail('INTERNAL', 'Something went wrong inside Haven.');
  }
}
