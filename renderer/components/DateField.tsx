import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain.ts';
import { DATE_FORMATS } from '../i18n/index.ts';

dayjs.extend(customParseFormat);

// Typed dates are read in the language's own order, with any of the usual separators.
const PARSE = ['DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD'];

function parse(text: string): string | null {
  const d = dayjs(text.trim().replace(/\.$/, ''), PARSE, true);
  return d.isValid() ? d.format('YYYY-MM-DD') : null;
}

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** ISO `YYYY-MM-DD`, or null. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A date typed or picked, shown as dd.MM.yyyy in Serbian (dd/MM/yyyy in English), kept as ISO. */
export function DateField({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value}
      onChange={(v) => onChange(v ? dayjs(v).format('YYYY-MM-DD') : null)}
      valueFormat={DATE_FORMATS[i18n.language as Language] ?? 'DD.MM.YYYY'}
      dateParser={parse}
      clearable={rest.clearable ?? true}
      popoverProps={{ withinPortal: true }}
    />
  );
}
