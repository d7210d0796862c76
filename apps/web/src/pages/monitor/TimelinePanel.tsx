import { Table, Tag, Typography } from 'antd';
import { formatVnDay } from '../../dates';
import { levelName } from './indicatorFormat';
import type { MonitorGrid } from './monitorTypes';
import { planTimeline, unitRecords } from './planTimeline';

const day = (iso: string | null) => (iso ? formatVnDay(iso) : '—');

/** The plan's year: each obligation's opening, deadline and submissions; each unit's record over the rounds due. */
export function TimelinePanel({ grid, onOpenUnit }: { grid: MonitorGrid; onOpenUnit: (planId: string) => void }) {
  const obligations = planTimeline(grid);
  const records = unitRecords(grid);
  return (
    <div className="timeline-panel">
      <Typography.Title level={4}>Dòng thời gian của kế hoạch</Typography.Title>
      <Table
        className="plan-timeline"
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={obligations}
        columns={[
          { title: 'Nghĩa vụ', dataIndex: 'label' },
          { title: 'Mở từ', key: 'opened', render: (_, r) => day(r.openedAt) },
          { title: 'Hạn', key: 'due', render: (_, r) => day(r.dueAt) },
          { title: 'Nộp sớm nhất', key: 'first', render: (_, r) => day(r.firstDoneAt) },
          { title: 'Nộp muộn nhất', key: 'last', render: (_, r) => day(r.lastDoneAt) },
          { title: 'Đã nộp', key: 'done', align: 'right', render: (_, r) => `${r.done}/${r.expected}` },
        ]}
      />
      <Typography.Title level={4}>Báo cáo trong năm của từng đơn vị</Typography.Title>
      <Table
        className="unit-records"
        rowKey="planId"
        size="small"
        virtual
        pagination={false}
        dataSource={records}
        scroll={{ y: 480 }}
        columns={[
          {
            title: 'Đơn vị',
            key: 'unit',
            render: (_, r) => (
              <a onClick={() => onOpenUnit(r.planId)} role="button">
                {r.unitName}
              </a>
            ),
          },
          { title: 'Cấp', key: 'level', render: (_, r) => levelName(r.level) },
          { title: 'Kỳ đã đến hạn', dataIndex: 'due', align: 'right' },
          { title: 'Đúng hạn', dataIndex: 'onTime', align: 'right' },
          { title: 'Quá hạn', dataIndex: 'late', align: 'right' },
          { title: 'Chưa nộp', dataIndex: 'missing', align: 'right' },
          {
            title: 'Đánh giá',
            key: 'consistent',
            render: (_, r) =>
              r.due === 0 ? (
                <span className="muted">Chưa có kỳ đến hạn</span>
              ) : r.isConsistent ? (
                <Tag color="green">Báo cáo đều đặn, đúng hạn</Tag>
              ) : (
                <Tag color="red">Chưa đều đặn</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
