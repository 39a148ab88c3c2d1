import { NumberInput, Select, SimpleGrid, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import type { Language } from '../../../../shared/domain.ts';
import { optionData } from '../options.ts';
import { WORLD_FIELDS, worldCode, worldName, worldNames } from '../worldNames.ts';
import { FormSection, useDateField, useField, type IntakeForm } from './FormSection.tsx';

export function PersonSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const date = useDateField(form);
  const year = field('birthYearEstimate');
  return (
    <FormSection title={t('residents.intake.sections.person')}>
      <SimpleGrid cols={3}>
        <TextInput {...field('givenName', true)} autoComplete="off" data-autofocus />
        <TextInput {...field('familyName', true)} autoComplete="off" />
        <TextInput {...field('alias')} autoComplete="off" />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <DateField {...date('dateOfBirth')} />
        <NumberInput
          {...year}
          onChange={(v) => form.setFieldValue('birthYearEstimate', typeof v === 'number' ? v : null)}
          value={form.getValues().birthYearEstimate ?? ''}
          min={1900}
          max={2100}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
        />
        <Select {...field('sex', true)} data={optionData(t, 'sexes')} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-6}>
        {t('residents.intake.hints.birth')}
      </Text>
      <SimpleGrid cols={2}>
        <TextInput {...field('phone')} type="tel" autoComplete="off" />
        <TextInput {...field('education')} autoComplete="off" />
      </SimpleGrid>
    </FormSection>
  );
}

/**
 * Countries and languages are kept as codes and shown in the UI language; a name typed in either
 * language (or a code) becomes the code, anything else stays as typed.
 */
function useWorldField(form: IntakeForm, name: keyof typeof WORLD_FIELDS) {
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const kind = WORLD_FIELDS[name];
  const suggestions = useMemo(() => worldNames(kind, language), [kind, language]);
  return {
    data: suggestions,
    value: form.getValues()[name].map((v) => worldName(kind, v, language)),
    onChange: (names: string[]) => form.setFieldValue(name, [...new Set(names.map((n) => worldCode(kind, n)))]),
  };
}

export function DocumentsSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const languages = useWorldField(form, 'languages');
  const nationalities = useWorldField(form, 'nationalities');
  return (
    <FormSection title={t('residents.intake.sections.documents')}>
      <SimpleGrid cols={2}>
        <Select {...field('idDocumentStatus', true)} data={optionData(t, 'idDocumentStatuses')} />
        <TagsInput
          {...field('languages')}
          {...languages}
          limit={8}
          description={t('residents.intake.hints.languages')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          maxTags={10}
        />
        <TagsInput
          {...field('nationalities')}
          {...nationalities}
          limit={8}
          description={t('residents.intake.hints.nationalities')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          maxTags={5}
        />
        <Switch
          {...form.getInputProps('stateless', { type: 'checkbox' })}
          label={t('residents.fields.stateless')}
          mt={30}
        />
      </SimpleGrid>
    </FormSection>
  );
}
