import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { statusColors } from './statusColors';

export interface RatePoint {
  name: string;
  'Đầy đủ': number;
  'Kịp thời': number;
}

/** Completeness and timeliness of the direct subordinates across the obligations (the trend across rounds). */
export function RatesChart({ trend }: { trend: RatePoint[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={trend}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis unit="%" domain={[0, 100]} />
        <Tooltip />
        <Legend />
        <Bar dataKey="Đầy đủ" fill={statusColors.pending} />
        <Bar dataKey="Kịp thời" fill={statusColors.onTime} />
      </BarChart>
    </ResponsiveContainer>
  );
}
