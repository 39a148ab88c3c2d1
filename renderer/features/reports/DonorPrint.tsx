import { useTranslation } from 'react-i18next';
import { cellText, type DonorFigures } from '../../../shared/donors.ts';
import { PrintDocument } from '../../print/PrintDocument.tsx';
import type { DonorTable as Table } from './donor-labels.ts';
import { DonorTable } from './DonorTable.tsx';

/** The donor figures on paper, on the one print layout: the tables of the screen and the CSV. */
export function DonorPrint({ figures, tables, period }: { figures: DonorFigures; tables: Table[]; period: string }) {
  const { t } = useTranslation();
  return (
    <PrintDocument title={t('reports.donors.title')} period={period} signature>
      <p>
        {t('reports.donors.people')}: <b>{cellText(figures.people)}</b>
      </p>
      <p>{t('reports.donors.populationNote')}</p>
      <p>{t('reports.donors.suppressionNote')}</p>
      {tables.map((table) => (
        <section key={table.key}>
          <DonorTable table={table} />
          {table.note && <p>{table.note}</p>}
        </section>
      ))}
    </PrintDocument>
  );
}
