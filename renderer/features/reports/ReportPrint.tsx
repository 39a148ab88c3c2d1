import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { OccupancyReport } from '../../../shared/reports.ts';
import { formatDate } from '../../i18n/index.ts';
import { PrintDocument } from '../../print/PrintDocument.tsx';
import { DailyChart } from './DailyChart.tsx';
import { FiguresTable } from './FiguresTable.tsx';

/** The occupancy report on paper, signed by the manager: the same result as the screen and the CSV. */
export function ReportPrint({
  report,
  codesOnly,
  period,
}: {
  report: OccupancyReport;
  codesOnly: boolean;
  period: string;
}) {
  const { t, i18n } = useTranslation();
  const d = (iso: string) => formatDate(iso, i18n.language as Language);
  return (
    <PrintDocument title={t('reports.title')} period={period} signature>
      <h2>{t('reports.summary')}</h2>
      <table>
        <tbody>
          <tr>
            <td>{t('reports.people.total')}</td>
            <td className="num">{report.peopleHoused.total}</td>
            <td>{t('reports.people.adults')}</td>
            <td className="num">{report.peopleHoused.adults}</td>
            <td>{t('reports.people.children')}</td>
            <td className="num">{report.peopleHoused.children}</td>
          </tr>
          <tr>
            <td>{t('reports.declinedNoBed')}</td>
            <td className="num">{report.declinedNoBed}</td>
            <td>{t('reports.people.ageUnknown')}</td>
            <td className="num">{report.peopleHoused.ageUnknown}</td>
            <td>{t('reports.nights')}</td>
            <td className="num">{report.nights}</td>
          </tr>
        </tbody>
      </table>
      <h2>{t('reports.chart.title')}</h2>
      <figure>
        <DailyChart daily={report.daily} label={t('reports.chart.title')} />
      </figure>
      <h2>{t('reports.perRoom')}</h2>
      <FiguresTable report={report} />
      <h2>{t('reports.exitsByDestination')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('reports.csv.destination')}</th>
            <th className="num">{t('reports.figures.exits')}</th>
          </tr>
        </thead>
        <tbody>
          {report.exitsByDestination.map((x) => (
            <tr key={x.destination}>
              <td>{t(`reports.destinations.${x.destination}`)}</td>
              <td className="num">{x.exits}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('reports.present.title', { date: d(report.to) })}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('reports.present.resident')}</th>
            <th>{t('reports.present.room')}</th>
            <th>{t('reports.present.bed')}</th>
            <th>{t('reports.present.since')}</th>
          </tr>
        </thead>
        <tbody>
          {report.presentAtEnd.map((p) => (
            <tr key={p.residentId}>
              <td>{codesOnly || p.protected ? p.code : `${p.displayName} · ${p.code}`}</td>
              <td>{p.roomName}</td>
              <td>{p.bedLabel}</td>
              <td>{d(p.since)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintDocument>
  );
}
