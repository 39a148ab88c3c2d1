import { useTranslation } from 'react-i18next';
import type { DonorTable as Table } from './donor-labels.ts';

/** One breakdown as a two-column table, the same on screen and on paper. */
export function DonorTable({ table, className }: { table: Table; className?: string }) {
  const { t } = useTranslation();
  return (
    <table className={className} data-testid={`donor-${table.key}`}>
      <thead>
        <tr>
          <th>{table.title}</th>
          <th className="num">{t('reports.donors.count')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.label}>
            <td>{r.label}</td>
            <td className="num">{r.value}</td>
          </tr>
        ))}
      </tbody>
      {table.total !== undefined && (
        <tfoot>
          <tr>
            <th>{t('reports.csv.total')}</th>
            <th className="num">{table.total}</th>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
