import { useTranslation } from 'react-i18next';
import type { OccupancyReport } from '../../../shared/reports.ts';

const W = 720;
const H = 220;
const PAD = { left: 36, right: 8, top: 10, bottom: 24 };

/**
 * Beds in service and beds occupied, night by night: plain SVG (no chart library), so it is as
 * sharp on paper as on screen and prints in black and grey.
 */
export function DailyChart({ daily, label }: { daily: OccupancyReport['daily']; label: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...daily.map((d) => d.inService), ...daily.map((d) => d.occupied));
  const n = daily.length;
  const x = (i: number) => PAD.left + (W - PAD.left - PAD.right) * (n === 1 ? 0.5 : i / (n - 1));
  const y = (v: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * v) / max;
  const line = (key: 'occupied' | 'inService') =>
    daily.map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(d[key]).toFixed(1)}`).join(' ');
  const area = `${line('occupied')} L${x(n - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`;
  const ticks = [0, Math.round(max / 2), max];
  const labelEvery = Math.max(1, Math.ceil(n / 8));
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-testid="daily-chart"
      style={{ width: '100%', height: 'auto' }}
    >
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#ddd" strokeWidth={1} />
          <text x={PAD.left - 4} y={y(v) + 4} fontSize={10} textAnchor="end" fill="#555">
            {v}
          </text>
        </g>
      ))}
      {daily.map((d, i) =>
        i % labelEvery === 0 ? (
          <text key={d.date} x={x(i)} y={H - 8} fontSize={10} textAnchor="middle" fill="#555">
            {`${d.date.slice(8, 10)}.${d.date.slice(5, 7)}.`}
          </text>
        ) : null,
      )}
      <path d={area} fill="#2f9e8f" fillOpacity={0.25} stroke="none" />
      <path d={line('occupied')} fill="none" stroke="#0b7285" strokeWidth={1.5} />
      <path d={line('inService')} fill="none" stroke="#222" strokeWidth={1.5} strokeDasharray="5 3" />
      <g fontSize={11}>
        <line
          x1={PAD.left + 8}
          x2={PAD.left + 28}
          y1={PAD.top + 6}
          y2={PAD.top + 6}
          stroke="#222"
          strokeWidth={1.5}
          strokeDasharray="5 3"
        />
        <text x={PAD.left + 32} y={PAD.top + 10}>
          {t('reports.chart.inService')}
        </text>
        <rect x={PAD.left + 160} y={PAD.top} width={20} height={10} fill="#2f9e8f" fillOpacity={0.4} stroke="#0b7285" />
        <text x={PAD.left + 184} y={PAD.top + 10}>
          {t('reports.chart.occupied')}
        </text>
      </g>
    </svg>
  );
}
