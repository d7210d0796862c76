import { taskStatusLabels } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Table, Timeline, Typography } from 'antd';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatVnDay } from '../../dates';
import { hrefTo } from '../../routes';
import { trpc } from '../../trpc';
import { actionLabel } from './auditActions';
import { statusColors } from './statusColors';

const day = (iso: string | null) => (iso ? formatVnDay(iso) : '—');
const moment = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

interface Props {
  planId: string;
  /** Known to administrators only: the server sends neither to other roles. */
  workflowId: string | null;
  temporalWorkflowUrl: string | null;
  onClose: () => void;
}

/** One unit's plan: its obligations (opened, due, done), its record over the year and what happened, from the audit. */
export function UnitDrawer({ planId, workflowId, temporalWorkflowUrl, onClose }: Props) {
  const timeline = useQuery(trpc.monitor.timeline.queryOptions({ planId }));
  const data = timeline.data;
  return (
    <Drawer open width={760} onClose={onClose} title={data?.unitName ?? 'Đơn vị'} className="unit-drawer">
      {timeline.isError && <ErrorNotice error={timeline.error} />}
      {data && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="Kế hoạch">
              <a href={hrefTo.progress(data.plan.id)}>{data.plan.title}</a>
            </Descriptions.Item>
            <Descriptions.Item label="Kỳ báo cáo đã đến hạn">
              {data.record.expected} kỳ: {data.record.onTime} đúng hạn, {data.record.late} quá hạn,{' '}
              {data.record.overdue} chưa nộp
            </Descriptions.Item>
            {workflowId && (
              <Descriptions.Item label="Workflow (Temporal)">
                <code className="unit-workflow-id">{workflowId}</code>{' '}
                {temporalWorkflowUrl && (
                  <a href={`${temporalWorkflowUrl}${encodeURIComponent(workflowId)}`} target="_blank" rel="noreferrer">
                    Mở trong Temporal UI
                  </a>
                )}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>Các nghĩa vụ</Typography.Title>
          <Table
            className="unit-obligations"
            rowKey="taskId"
            size="small"
            pagination={false}
            dataSource={data.obligations}
            columns={[
              { title: 'Nghĩa vụ', dataIndex: 'label' },
              { title: 'Mở từ', key: 'opened', render: (_, o) => day(o.openedAt) },
              { title: 'Hạn', key: 'due', render: (_, o) => day(o.dueAt) },
              { title: 'Hoàn thành', key: 'done', render: (_, o) => day(o.completedAt) },
              {
                title: 'Tình trạng',
                key: 'status',
                render: (_, o) => <span style={{ color: statusColors[o.status] }}>{taskStatusLabels[o.status]}</span>,
              },
            ]}
          />
          <Typography.Title level={5}>Diễn biến</Typography.Title>
          {data.events.length === 0 ? (
            <p className="muted">Chưa có sự kiện nào được ghi.</p>
          ) : (
            <Timeline
              items={data.events.map((e) => ({
                children: `${moment(e.at)} — ${actionLabel(e.action)}${e.actor ? ` (${e.actor})` : ''}`,
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
