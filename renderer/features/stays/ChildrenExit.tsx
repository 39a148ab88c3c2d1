import { Alert, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChildExit } from '../../../shared/stays.ts';

/** A child in residence as the exit dialog names her (the core's display name). */
export interface ResidentChild {
  id: string;
  displayName: string;
}

/** What staff chose for one child; `action` null until they choose. */
export interface ChildChoice {
  action: ChildExit['action'] | null;
  carer: string;
}

export type ChildChoices = Record<string, ChildChoice>;

export const noChoices = (children: ResidentChild[]): ChildChoices =>
  Object.fromEntries(children.map((c) => [c.id, { action: null, carer: '' }]));

/** Field key → i18n key for each child still undecided or without a carer named. */
export function childChoiceErrors(children: ResidentChild[], choices: ChildChoices): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const c of children) {
    const choice = choices[c.id];
    if (!choice?.action) errors[c.id] = 'stays.family.chooseOne';
    else if (choice.action === 'carer' && !choice.carer.trim()) errors[c.id] = 'stays.family.carerRequired';
  }
  return errors;
}

export function childExits(children: ResidentChild[], choices: ChildChoices): ChildExit[] {
  return children.map((c) => {
    const choice = choices[c.id]!;
    return choice.action === 'carer'
      ? { childId: c.id, action: 'carer', carer: choice.carer.trim() }
      : { childId: c.id, action: 'exitWithParent' };
  });
}

/**
 * The children still in the house when their parent leaves: for each, leave with her, or stay with
 * someone named as now caring for her. A child is never left in residence with nobody responsible.
 */
export function ChildrenExit({
  children,
  choices,
  errors,
  onChange,
}: {
  children: ResidentChild[];
  choices: ChildChoices;
  errors: Record<string, string>;
  onChange: (id: string, choice: ChildChoice) => void;
}) {
  const { t } = useTranslation();
  if (children.length === 0) return null;
  return (
    <Alert color="blue" variant="light" title={t('stays.family.exitTitle')} data-testid="family-exit">
      <Stack gap="md">
        <Text size="sm">{t('stays.family.exitIntro', { count: children.length })}</Text>
        {children.map((c) => {
          const choice = choices[c.id] ?? { action: null, carer: '' };
          const error = errors[c.id];
          return (
            <Stack key={c.id} gap={6} data-testid="family-child" data-child={c.displayName}>
              <Radio.Group
                label={c.displayName}
                value={choice.action}
                onChange={(v) => onChange(c.id, { ...choice, action: v as ChildChoice['action'] })}
                error={error === 'stays.family.chooseOne' ? t(error) : undefined}
                withAsterisk
              >
                <Stack gap={4} mt={4}>
                  <Radio value="exitWithParent" label={t('stays.family.exitWithParent')} />
                  <Radio value="carer" label={t('stays.family.staysWithCarer')} />
                </Stack>
              </Radio.Group>
              {choice.action === 'carer' && (
                <TextInput
                  label={t('stays.family.carer')}
                  description={t('stays.family.carerHint')}
                  withAsterisk
                  maxLength={300}
                  value={choice.carer}
                  onChange={(e) => onChange(c.id, { ...choice, carer: e.currentTarget.value })}
                  error={error === 'stays.family.carerRequired' ? t(error) : undefined}
                />
              )}
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
