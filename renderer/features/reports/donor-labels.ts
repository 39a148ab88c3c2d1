import { cellText, type DonorBreakdown, type DonorFigures } from '../../../shared/donors.ts';

type T = (key: string) => string;

/** Where each breakdown's row labels are translated: the residents' option lists where they exist. */
const OPTIONS: Record<DonorBreakdown | 'declined', string> = {
  residence: 'reports.donors.residence',
  ageBands: 'reports.donors.ages',
  sex: 'residents.options.sexes',
  exploitation: 'residents.options.exploitationForms',
  referralSource: 'residents.options.referralSources',
  identification: 'residents.options.identificationStatuses',
  declined: 'residents.options.declineReasons',
};

export function rowLabel(t: T, breakdown: DonorBreakdown | 'declined', label: string): string {
  return label === 'not_recorded' ? t('reports.donors.notRecorded') : t(`${OPTIONS[breakdown]}.${label}`);
}

export interface DonorTable {
  key: DonorBreakdown | 'bedNights' | 'declined';
  title: string;
  rows: { label: string; value: string }[];
  /** A total row under the table (the declined referrals); the people housed are shown once, above. */
  total?: string;
  note?: string;
}

/** The figures as titled tables of label and text: what the screen, the print and the CSV show. */
export function donorTables(f: DonorFigures, t: T): DonorTable[] {
  const breakdown = (key: DonorBreakdown, note?: string): DonorTable => ({
    key,
    title: t(`reports.donors.breakdowns.${key}`),
    rows: f[key].map((r) => ({ label: rowLabel(t, key, r.label), value: cellText(r.count) })),
    ...(note ? { note } : {}),
  });
  return [
    breakdown('residence'),
    breakdown('ageBands', t('reports.donors.ageNote')),
    breakdown('sex'),
    breakdown('exploitation', t('reports.donors.exploitationNote')),
    breakdown('referralSource'),
    breakdown('identification'),
    {
      key: 'bedNights',
      title: t('reports.donors.breakdowns.bedNights'),
      rows: [
        { label: t('reports.figures.available'), value: cellText(f.bedNights.available) },
        { label: t('reports.figures.occupied'), value: cellText(f.bedNights.occupied) },
      ],
    },
    {
      key: 'declined',
      title: t('reports.donors.breakdowns.declined'),
      rows: f.declined.byReason.map((r) => ({ label: rowLabel(t, 'declined', r.label), value: cellText(r.count) })),
      total: cellText(f.declined.total),
      note: t('reports.donors.declinedNote'),
    },
  ];
}
