import {
  Alert,
  Select,
  SimpleGrid,
  Switch,
  TextInput,
  Textarea,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/dates.ts';
import { ageOnDay, isMinorOn } from '../../../../shared/residents.ts';
import { matchesSearch } from '../../../../shared/search.ts';
import { DateField } from '../../../components/DateField.tsx';
import { nameWithCode } from '../names.ts';
import { optionData } from '../options.ts';
import { useResidentRows } from '../queries.ts';
import { FormSection, useDateField, useField, type IntakeForm } from './FormSection.tsx';

export function FamilySection({ form, selfId }: { form: IntakeForm; selfId: string | null }) {
  const { t } = useTranslation();
  const field = useField(form);
  const { data: rows } = useResidentRows();
  const values = form.getValues();
  const today = localIsoDate(new Date());
  const minor = isMinorOn(values, today);

  const { data, keys } = useMemo(() => {
    const others = (rows ?? []).filter((r) => r.id !== selfId && r.status !== 'archived');
    return {
      data: others.map((r): ComboboxItem => ({ value: r.id, label: nameWithCode(r) })),
      keys: new Map(others.map((r) => [r.id, r.searchKey])),
    };
  }, [rows, selfId]);
  // The same forgiving search as the residents list: diacritics, Cyrillic, alias and code.
  const filter: OptionsFilter = ({ options, search }) =>
    options.filter((o) => 'value' in o && matchesSearch(keys.get(String(o.value)) ?? '', search));

  return (
    <FormSection
      title={t('residents.intake.sections.family')}
      highlight={minor}
      badge={minor ? t('residents.flags.minor') : undefined}
    >
      {minor && (
        <Alert
          color="orange"
          title={t('residents.intake.minorTitle', { age: ageOnDay(values, today) })}
          data-testid="minor-alert"
        >
          {t('residents.intake.minorText')}
        </Alert>
      )}
      <SimpleGrid cols={2}>
        <TextInput
          {...field('guardianName', minor)}
          description={t('residents.intake.hints.guardian')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          autoComplete="off"
        />
        <TextInput {...field('guardianOrganisation')} autoComplete="off" />
      </SimpleGrid>
      <Select
        {...field('parentResidentId')}
        description={t('residents.intake.hints.parent')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder={t('residents.intake.hints.parentSearch')}
        nothingFoundMessage={t('residents.intake.hints.parentNone')}
        data={data}
        filter={filter}
        searchable
        clearable
        limit={50}
        maw={460}
      />
    </FormSection>
  );
}

export function SafetySection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const dnd = form.getValues().doNotDisclose;
  return (
    <FormSection title={t('residents.intake.sections.safety')}>
      <SimpleGrid cols={2}>
        <Select {...field('riskLevel', true)} data={optionData(t, 'riskLevels')} maw={240} />
        <Switch
          {...form.getInputProps('doNotDisclose', { type: 'checkbox' })}
          label={t('residents.fields.doNotDisclose')}
          description={t('residents.intake.hints.doNotDisclose')}
          color="red"
          mt={4}
        />
      </SimpleGrid>
      {dnd && <Alert color="red" variant="light" p="xs" title={t('residents.page.doNotDiscloseBanner')} />}
      <Textarea {...field('safetyNotes')} autosize minRows={2} maxRows={8} />
    </FormSection>
  );
}

export function ConsentSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const date = useDateField(form);
  return (
    <FormSection title={t('residents.intake.sections.consent')}>
      <SimpleGrid cols={3}>
        <DateField {...date('consentGivenOn')} />
        <TextInput {...field('consentRecordedBy')} autoComplete="off" />
        <DateField {...date('consentWithdrawnOn')} />
      </SimpleGrid>
      <Textarea {...field('consentScope')} autosize minRows={2} maxRows={6} />
      <Textarea
        {...field('consentPendingReason')}
        description={t('residents.intake.hints.consentPending')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        autosize
        minRows={1}
        maxRows={4}
      />
    </FormSection>
  );
}

export function HealthSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  return (
    <FormSection title={t('residents.intake.sections.health')}>
      <Alert color="gray" variant="light" p="xs">
        {t('residents.intake.hints.health')}
      </Alert>
      <SimpleGrid cols={2}>
        <Textarea {...field('healthNeeds')} autosize minRows={3} maxRows={10} />
        <Textarea {...field('disability')} autosize minRows={3} maxRows={10} />
      </SimpleGrid>
    </FormSection>
  );
}
