import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain.ts';
import type { Board, BoardBed } from '../../../shared/stays.ts';
import { formatDate } from '../../i18n/index.ts';
import { PrintDocument } from '../../print/PrintDocument.tsx';
import { residentLabel } from '../../print/names.ts';

/** The bed board on paper: one row per bed, room by room, with the night's totals. */
export function BoardPrint({ board, codesOnly }: { board: Board; codesOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const d = (iso: string | null) => formatDate(iso, i18n.language as Language);
  const detail = (bed: BoardBed): string => {
    if (bed.state === 'out_of_service')
      return [bed.reason, bed.until && t('stays.print.until', { date: d(bed.until) })].filter(Boolean).join(' · ');
    if (bed.since) return t('stays.print.since', { date: d(bed.since) });
    if (bed.plannedFrom) return t('stays.print.plannedFrom', { date: d(bed.plannedFrom) });
    return '';
  };
  const totals = board.totals;
  return (
    <PrintDocument title={t('stays.board.title')} period={t('stays.board.night', { date: d(board.date) })}>
      <p>
        {(['beds', 'occupied', 'free', 'reserved', 'outOfService'] as const)
          .map((k) => `${t(`stays.board.totals.${k}`)}: ${totals[k]}`)
          .join(' · ')}
      </p>
      <table>
        <thead>
          <tr>
            <th>{t('stays.print.room')}</th>
            <th>{t('stays.print.bed')}</th>
            <th>{t('stays.print.state')}</th>
            <th>{t('stays.print.resident')}</th>
            <th>{t('stays.print.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {board.rooms.flatMap((room) =>
            room.beds.map((bed) => (
              <tr key={bed.bedId}>
                <td>{room.name}</td>
                <td>{bed.label}</td>
                <td>{t(`stays.print.states.${bed.state}`)}</td>
                <td>{bed.resident ? residentLabel(bed.resident, codesOnly) : ''}</td>
                <td>{detail(bed)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </PrintDocument>
  );
}
