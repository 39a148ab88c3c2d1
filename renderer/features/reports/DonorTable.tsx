import { useTranslation } from 'react-i18next';
import type { DonorTable as Table } from './donor-labels.ts';

/** One table of labels and counts, the same on screen and on paper. */
export function DonorTable({ table, className }: { table: Table; className?: string }) {
  const { t } = useTranslation();
  const columns = table.columns ?? [t('reports.donors.count')];
  return (
    <table className={className} data-testid={`donor-${table.key}`}>
      <thead>
        <tr>
          <th>{table.title}</th>
          {columns.map((c) => (
            <th key={c} className="num">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.label}>
            <td>{r.label}</td>
            {r.values.map((v, k) => (
              <td key={columns[k]} className="num">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {table.total !== undefined && (
        <tfoot>
          <tr>
            <th>{table.totalLabel ?? t('reports.csv.total')}</th>
            {table.total.map((v, k) => (
              <th key={columns[k]} className="num">
                {v}
              </th>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
