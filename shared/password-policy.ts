import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './domain.ts';

// The one password policy: the renderer's form and strength meter and the core (set-up, password
// change, any later place a password is chosen) all apply this module, so they cannot disagree.

/** zxcvbn score (0–4) a new password needs. */
export const MIN_PASSWORD_SCORE = 3;

export type StrengthScorer = (password: string, userInputs: readonly string[]) => number;

/** Whose password it is: words from here may not make up the password. */
export interface PasswordOwner {
  username: string;
  fullName: string;
  /** Other words an attacker would try first (the organisation, say). */
  related?: readonly string[];
}

let scorer: Promise<StrengthScorer> | null = null;
let loaded: StrengthScorer | null = null;

/**
 * zxcvbn with its common and English dictionaries. They are large: loaded on first use, once per
 * process (a lazy chunk in the renderer, a one-time set-up in the core).
 */
export function loadStrengthScorer(): Promise<StrengthScorer> {
  scorer ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const z = new core.ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    loaded = (password, userInputs) => z.check(password, [...userInputs]).score;
    return loaded;
  });
  return scorer;
}

/** The scorer if it has finished loading, for synchronous form validation. */
export function loadedStrengthScorer(): StrengthScorer | null {
  return loaded;
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en');

/** The owner's words, whole and split, as zxcvbn user inputs (it rates passwords built from them as weak). */
export function passwordUserInputs(owner: PasswordOwner): string[] {
  const whole = [owner.username, owner.fullName, ...(owner.related ?? [])].map((s) => s.trim()).filter(Boolean);
  const parts = whole.flatMap((s) => s.split(/[\s._-]+/u)).filter((w) => w.length >= 3);
  return [...new Set([...whole, ...parts])];
}

/** True when the password contains the username or the full name, ignoring case and the spaces between names. */
export function containsOwnerName(password: string, owner: PasswordOwner): boolean {
  const p = fold(password);
  const username = fold(owner.username).trim();
  const fullName = fold(owner.fullName).trim().replace(/\s+/gu, ' ');
  if (username && p.includes(username)) return true;
  if (!fullName) return false;
  // "Ana Admin" also as "anaadmin"; a single-word name is already covered by the plain check.
  return (
    p.includes(fullName) || (fullName.includes(' ') && p.replace(/\s+/gu, '').includes(fullName.replace(/ /g, '')))
  );
}

/**
 * The `validation.*` key of the first rule a new password breaks, or null when it is acceptable.
 * Without a scorer (not loaded yet in the renderer) the strength rule is skipped; the core always
 * passes one.
 */
export function passwordProblem(password: string, owner: PasswordOwner, score: StrengthScorer | null): string | null {
  const normalised = password.normalize('NFKC');
  if (normalised.length < MIN_PASSWORD_LENGTH) return 'validation.passwordLength';
  if (normalised.length > MAX_PASSWORD_LENGTH) return 'validation.passwordTooLong';
  if (containsOwnerName(normalised, owner)) return 'validation.passwordContainsName';
  if (score && score(normalised, passwordUserInputs(owner)) < MIN_PASSWORD_SCORE) return 'validation.passwordWeak';
  return null;
}

/** The full check, strength included: what the core applies before any new key slot is made. */
export async function checkNewPassword(password: string, owner: PasswordOwner): Promise<string | null> {
  return passwordProblem(password, owner, await loadStrengthScorer());
}
