import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../shared/domain.ts';

type Scorer = (password: string, userInputs: string[]) => number;

// zxcvbn and its dictionaries are large: load them only when a password is being chosen.
let scorer: Promise<Scorer> | null = null;
function loadScorer(): Promise<Scorer> {
  scorer ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const z = new core.ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (password, userInputs) => z.check(password, userInputs).score;
  });
  return scorer;
}

const COLORS = ['red', 'red', 'orange', 'teal', 'green'] as const;

/** Strength of a new password (0–4), with the words the user typed elsewhere counted as guessable. */
export function PasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }) {
  const { t } = useTranslation();
  const [scored, setScored] = useState<{ password: string; score: number } | null>(null);
  const inputsKey = userInputs.join('\u0000');

  useEffect(() => {
    let live = true;
    if (password) {
      void loadScorer().then((score) => {
        if (live) setScored({ password, score: score(password, inputsKey.split('\u0000')) });
      });
    }
    return () => {
      live = false;
    };
  }, [password, inputsKey]);
  const score = scored?.password === password ? scored.score : null;

  const tooShort = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;
  const s = score ?? 0;
  return (
    <Stack gap={4} aria-live="polite">
      <Progress value={password ? ((s + 1) / 5) * 100 : 0} color={COLORS[s]} size="sm" aria-hidden />
      <Text size="xs" c="dimmed" data-testid="password-strength">
        {tooShort
          ? t('password.tooShort', { count: MIN_PASSWORD_LENGTH - password.length })
          : password
            ? t(`password.strength.${s}`)
            : t('password.hint', { min: MIN_PASSWORD_LENGTH })}
      </Text>
    </Stack>
  );
}
