import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../shared/domain.ts';
import {
  containsOwnerName,
  loadStrengthScorer,
  passwordUserInputs,
  type PasswordOwner,
} from '../../shared/password-policy.ts';

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** Strength of a new password (0–4), rated by the same policy the core applies. */
export function PasswordStrength({ password, owner }: { password: string; owner: PasswordOwner }) {
  const { t } = useTranslation();
  const [scored, setScored] = useState<{ password: string; score: number } | null>(null);
  const inputsKey = passwordUserInputs(owner).join('\u0000');

  useEffect(() => {
    let live = true;
    if (password) {
      // zxcvbn is loaded only when a password is being chosen.
      void loadStrengthScorer().then((score) => {
        if (live) setScored({ password, score: score(password, inputsKey.split('\u0000')) });
      });
    }
    return () => {
      live = false;
    };
  }, [password, inputsKey]);
  const score = scored?.password === password ? scored.score : null;

  const tooShort = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;
  const hasName = password.length > 0 && containsOwnerName(password, owner);
  const s = hasName ? 0 : (score ?? 0);
  return (
    <Stack gap={4} aria-live="polite">
      <Progress value={password ? ((s + 1) / 5) * 100 : 0} color={COLORS[s]} size="sm" aria-hidden />
      <Text size="xs" c="dimmed" data-testid="password-strength">
        {tooShort
          ? t('password.tooShort', { count: MIN_PASSWORD_LENGTH - password.length })
          : hasName
            ? t('validation.passwordContainsName')
            : password
              ? t(`password.strength.${s}`)
              : t('password.hint', { min: MIN_PASSWORD_LENGTH })}
      </Text>
    </Stack>
  );
}
