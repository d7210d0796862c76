import type { StatusSummary } from '@cascade/domain';
import { Table } from 'antd';
import { Suspense } from 'react';
import { formatPercent } from '../../numbers';
import type { MonitorGrid } from './monitorTypes';
import { RatesChart } from './lazyCharts';
import type { RatePoint } from './RatesChart';

const levelNames = ['Đơn vị ban hành', 'Cấp dưới trực tiếp', 'Cấp thứ hai', 'Cấp thứ ba'];

interface RateRow extends StatusSummary {
  key: string;
  column: string;
  level: string;
}

/** Expected, submitted, on time, late, missing; completeness and timeliness (DHIS2) per obligation and level. */
export function RatesPanel({ grid }: { grid: MonitorGrid }) {
  const rows: RateRow[] = grid.columns.flatMap((column) =>
    Object.entries(grid.rates[column.key] ?? {})
      .filter(([level]) => Number(level) > 0)
      .map(([level, summary]) => ({
        key: `${column.key}|${level}`,
        column: column.label,
        level: levelNames[Number(level)] ?? `Cấp ${level}`,
        ...summary,
      })),
  );
  const trend: RatePoint[] = grid.columns.map((column) => {
    const direct = grid.rates[column.key]?.[1];
    return {
      name: column.label,
      'Đầy đủ': direct ? Math.round(direct.completeness * 100) : 0,
      'Kịp thời': direct ? Math.round(direct.timeliness * 100) : 0,
    };
  });
  return (
    <>
      <div className="rates-chart" aria-label="Biểu đồ tỷ lệ báo cáo của cấp dưới trực tiếp">
        <Suspense fallback={<p className="loading">Đang tải biểu đồ…</p>}>
          <RatesChart trend={trend} />
        </Suspense>
      </div>
      <Table<RateRow>
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 900 }}
        columns={[
          { title: 'Nghĩa vụ', dataIndex: 'column' },
          { title: 'Cấp', dataIndex: 'level' },
          { title: 'Phải nộp', dataIndex: 'expected', align: 'right' },
          { title: 'Đã nộp', dataIndex: 'submitted', align: 'right' },
          { title: 'Đúng hạn', dataIndex: 'onTime', align: 'right' },
          { title: 'Quá hạn', dataIndex: 'late', align: 'right' },
          { title: 'Chưa nộp', key: 'missing', align: 'right', render: (_, r) => r.expected - r.submitted },
          { title: 'Đầy đủ', key: 'completeness', align: 'right', render: (_, r) => formatPercent(r.completeness) },
          { title: 'Kịp thời', key: 'timeliness', align: 'right', render: (_, r) => formatPercent(r.timeliness) },
        ]}
      />
    </>
  );
}
