import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonitorIndicators } from './monitorTypes';
import { statusColors } from './statusColors';

/** % of target achieved per indicator: the issuer's total and each direct subordinate's level; 100 % marked. */
export function IndicatorsChart({ data }: { data: MonitorIndicators }) {
  const root = data.rows.find((r) => r.level === 0);
  const direct = data.byLevel.find((l) => l.level === 1);
  const points = data.indicators
    .filter((i) => root?.figures[i.key]?.target !== null || direct?.figures[i.key]?.target !== null)
    .map((indicator) => ({
      name: indicator.label,
      'Toàn hệ thống (%)': percentOf(root?.figures[indicator.key]?.achieved),
      'Cấp dưới trực tiếp (%)': percentOf(direct?.figures[indicator.key]?.achieved),
    }));
  if (!points.length) return <p className="muted">Chưa có chỉ tiêu nào đặt mục tiêu.</p>;
  return (
    <div className="indicators-chart" aria-label="Biểu đồ tỷ lệ đạt chỉ tiêu">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={points}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis unit="%" />
          <Tooltip />
          <Legend />
          <ReferenceLine y={100} stroke={statusColors.late} strokeDasharray="4 4" />
          <Bar dataKey="Toàn hệ thống (%)" fill={statusColors.onTime} />
          <Bar dataKey="Cấp dưới trực tiếp (%)" fill={statusColors.pending} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const percentOf = (achieved: number | null | undefined) =>
  achieved === null || achieved === undefined ? 0 : Math.round(achieved * 1000) / 10;
