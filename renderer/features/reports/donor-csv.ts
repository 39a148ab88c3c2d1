import { cellText, type DonorFigures } from '../../../shared/donors.ts';
import type { DonorTable } from './donor-labels.ts';
import { csvLine } from './period.ts';

/** The donor figures as CSV: the same tables the screen and the print show, with the same "<5". */
export function donorCsv(f: DonorFigures, tables: DonorTable[], label: (key: string) => string): string {
  const lines = [
    csvLine([label('csv.period'), f.from, f.to]),
    csvLine([label('donors.people'), cellText(f.people)]),
    '',
  ];
  for (const table of tables) {
    lines.push(csvLine([table.title, ...(table.columns ?? [label('donors.count')])]));
    for (const r of table.rows) lines.push(csvLine([r.label, ...r.values]));
    if (table.total !== undefined) lines.push(csvLine([table.totalLabel ?? label('csv.total'), ...table.total]));
    if (table.note) lines.push(csvLine([table.note]));
    lines.push('');
  }
  lines.push(csvLine([label('donors.suppressionNote')]));
  return `${lines.join('\r\n')}\r\n`;
}
