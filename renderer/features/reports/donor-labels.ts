import { cellText, type Cell, type DonorBreakdown, type DonorFigures } from '../../../shared/donors.ts';

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
  key: DonorBreakdown | 'bedNights' | 'declined' | 'services' | 'accompanied' | 'openClub' | 'openClubKinds';
  title: string;
  /** Headings of the value columns: one ("Number") unless the table says otherwise. */
  columns?: string[];
  rows: { label: string; values: string[] }[];
  /** A total row under the table (the declined referrals); the people housed are shown once, above. */
  total?: string[];
  /** The total row's label, when it is not "Total". */
  totalLabel?: string;
  note?: string;
}

const row = (label: string, ...cells: (Cell | number)[]) => ({ label, values: cells.map(cellText) });

/** Support plans, accompaniment and Open Club: the services part of the figures. */
function serviceTables(f: DonorFigures, t: T): DonorTable[] {
  const d = (k: string) => t(`reports.donors.${k}`);
  const o = f.openClub;
  return [
    {
      key: 'services',
      title: d('breakdowns.services'),
      rows: f.services.byDomain.map((r) => row(t(`plans.domains.${r.label}`), r.count)),
      total: [cellText(f.services.people)],
      totalLabel: d('servicesPeople'),
      note: d('servicesNote'),
    },
    {
      key: 'accompanied',
      title: d('breakdowns.accompanied'),
      rows: [
        row(d('accompaniedAppointments'), f.services.accompanied.appointments),
        row(d('accompaniedPeople'), f.services.accompanied.people),
      ],
      note: d('accompaniedNote'),
    },
    {
      key: 'openClub',
      title: d('breakdowns.openClub'),
      columns: [d('attendances'), d('participants')],
      rows: [
        row(d('currentResidents'), o.attendances.current, o.participants.current),
        row(d('formerResidents'), o.attendances.former, o.participants.former),
      ],
      total: [cellText(o.attendances.total), cellText(o.participants.total)],
      note: `${d('sessionsHeld')}: ${o.sessions}. ${d('openClubNote')}`,
    },
    {
      key: 'openClubKinds',
      title: d('breakdowns.openClubKinds'),
      columns: [d('sessions'), d('attendances'), d('participants')],
      rows: o.byKind.map((k) => row(t(`openclub.kinds.${k.kind}`), k.sessions, k.attendances, k.participants)),
      note: d('openClubKindsNote'),
    },
  ];
}

/** The figures as titled tables of label and text: what the screen, the print and the CSV show. */
export function donorTables(f: DonorFigures, t: T): DonorTable[] {
  const breakdown = (key: DonorBreakdown, note?: string): DonorTable => ({
    key,
    title: t(`reports.donors.breakdowns.${key}`),
    rows: f[key].map((r) => row(rowLabel(t, key, r.label), r.count)),
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
        row(t('reports.figures.available'), f.bedNights.available),
        row(t('reports.figures.occupied'), f.bedNights.occupied),
      ],
    },
    {
      key: 'declined',
      title: t('reports.donors.breakdowns.declined'),
      rows: f.declined.byReason.map((r) => row(rowLabel(t, 'declined', r.label), r.count)),
      total: [cellText(f.declined.total)],
      note: t('reports.donors.declinedNote'),
    },
    ...serviceTables(f, t),
  ];
}
