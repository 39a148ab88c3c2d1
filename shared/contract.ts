import { z } from 'zod';
import type { Role } from './roles.ts';
import {
  languageSchema,
  loginPasswordSchema,
  passwordSchema,
  recoveryKeySchema,
  sessionViewSchema,
  setupInputSchema,
  usernameSchema,
  vaultStatusSchema,
} from './domain.ts';

/**
 * `public`: callable without a session (vault state, set-up, login).
 * A role: the least role of a signed-in user that may call it.
 */
export type Access = 'public' | Role;

interface ChannelSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Allowed while the session must still change its password (after a recovery-key login). */
  duringPasswordChange?: boolean;
}

function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}

const empty = z.object({}).strict();

/** The single list of IPC channels: input, output and least role of each. */
export const contract = {
  'vault.status': channel({ input: empty, output: vaultStatusSchema, access: 'public' }),
  'vault.setup': channel({
    input: setupInputSchema.strict(),
    output: z.object({ recoveryKey: z.string(), session: sessionViewSchema }),
    access: 'public',
  }),
  'vault.newRecoveryKey': channel({
    input: empty,
    output: z.object({ recoveryKey: z.string() }),
    access: 'admin',
  }),
  'session.login': channel({
    input: z.object({ username: usernameSchema, password: loginPasswordSchema }).strict(),
    output: sessionViewSchema,
    access: 'public',
  }),
  'session.loginWithRecoveryKey': channel({
    input: z.object({ username: usernameSchema, recoveryKey: recoveryKeySchema }).strict(),
    output: sessionViewSchema,
    access: 'public',
  }),
  'session.changePassword': channel({
    input: z
      .object({ currentPassword: loginPasswordSchema.optional(), newPassword: passwordSchema })
      .strict(),
    output: sessionViewSchema,
    access: 'staff',
    duringPasswordChange: true,
  }),
  'session.setLanguage': channel({
    input: z.object({ language: languageSchema }).strict(),
    output: sessionViewSchema,
    access: 'staff',
    duringPasswordChange: true,
  }),
  'session.lock': channel({
    input: empty,
    output: z.object({ username: z.string().nullable() }),
    access: 'public',
  }),
  'session.current': channel({ input: empty, output: sessionViewSchema.nullable(), access: 'public' }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
