import { Checkbox, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentificationStatus } from '../../../../shared/residents.ts';
import { DateField } from '../../../components/DateField.tsx';
import { fieldProps } from '../../../components/form.ts';
import { optionData } from '../options.ts';
import { FormSection, useDateField, useField, type IntakeForm } from './FormSection.tsx';
import { IDENTIFICATION_FIELDS } from './values.ts';

export function IdentificationSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const date = useDateField(form);
  const status = form.getValues().identificationStatus;
  const shown = IDENTIFICATION_FIELDS[status];
  return (
    <FormSection title={t('residents.intake.sections.identification')}>
      <Select
        {...field('identificationStatus', true)}
        data={optionData(t, 'identificationStatuses')}
        onChange={(v) => v && form.setFieldValue('identificationStatus', v as IdentificationStatus)}
        allowDeselect={false}
        maw={420}
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('residents.intake.hints.identificationPotential')}
        </Text>
      ) : (
        <SimpleGrid cols={3}>
          {shown.includes('preliminaryIdentifiedOn') && (
            <DateField {...date('preliminaryIdentifiedOn', status === 'preliminary')} />
          )}
          {shown.includes('formallyIdentifiedOn') && <DateField {...date('formallyIdentifiedOn', true)} />}
          {shown.includes('notIdentifiedOn') && <DateField {...date('notIdentifiedOn', true)} />}
          {shown.includes('identificationBody') && (
            <TextInput {...field('identificationBody', status === 'formal')} autoComplete="off" />
          )}
        </SimpleGrid>
      )}
    </FormSection>
  );
}

export function ReferralSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  const field = useField(form);
  const date = useDateField(form);
  return (
    <FormSection title={t('residents.intake.sections.referral')}>
      <SimpleGrid cols={3}>
        <Select
          {...field('referralSource', true)}
          data={optionData(t, 'referralSources')}
          comboboxProps={{ width: 320, position: 'bottom-start' }}
        />
        <DateField {...date('referralDate', true)} clearable={false} />
        <TextInput {...field('referredBy')} autoComplete="off" />
      </SimpleGrid>
      <Textarea {...field('referralReason')} autosize minRows={2} maxRows={8} />
    </FormSection>
  );
}

export function ExploitationSection({ form }: { form: IntakeForm }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('residents.intake.sections.exploitation')}>
      <Checkbox.Group
        {...fieldProps(form, t, 'exploitationForms')}
        label={t('residents.fields.exploitationForms')}
        description={t('residents.intake.hints.exploitation')}
      >
        <SimpleGrid cols={3} mt="xs" spacing="xs">
          {optionData(t, 'exploitationForms').map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </FormSection>
  );
}
