import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { OccupancyReport } from '../../../shared/reports.ts';
import { decimal, percent } from './format.ts';

const COLUMNS = ['available', 'occupied', 'rate', 'admissions', 'exits', 'average', 'median'] as const;

/** Per room and in total: one table for screen and paper (the header repeats on each printed page). */
export function FiguresTable({ report, className }: { report: OccupancyReport; className?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const cells = (f: OccupancyReport['total']) => [
    f.bedNightsAvailable,
    f.bedNightsOccupied,
    percent(f.occupancyRate, language),
    f.admissions,
    f.exits,
    decimal(f.averageLengthOfStay, language),
    decimal(f.medianLengthOfStay, language),
  ];
  return (
    <table className={className} data-testid="rooms-table">
      <thead>
        <tr>
          <th>{t('reports.csv.room')}</th>
          {COLUMNS.map((c) => (
            <th key={c} className="num">
              {t(`reports.figures.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.rooms.map((room) => (
          <tr key={room.roomId} data-room={room.name}>
            <td>
              {room.name}
              {room.retiredOn && ` (${t('reports.retired')})`}
            </td>
            {cells(room).map((v, i) => (
              <td key={COLUMNS[i]} className="num">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-room="total">
          <th>{t('reports.csv.total')}</th>
          {cells(report.total).map((v, i) => (
            <th key={COLUMNS[i]} className="num">
              {v}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
