import { useQuery } from '@tanstack/react-query';
import { Select, Table, Typography } from 'antd';
import { ErrorNotice } from '../../components/ErrorNotice';
import { hrefTo, navigate } from '../../routes';
import { trpc } from '../../trpc';
import { StatusBar } from './StatusBar';

const thisYear = new Date().getFullYear();
const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];

/** Giám sát: the plans in the supervisor's scope, each with its progress in the four categories. */
export function MonitorPage({ year }: { year: number | null }) {
  const overview = useQuery(trpc.monitor.overview.queryOptions({ year }));
  if (overview.isError) return <ErrorNotice error={overview.error} />;
  return (
    <section>
      <Typography.Title level={2}>Giám sát thực hiện kế hoạch</Typography.Title>
      <Select
        aria-label="Năm"
        value={year ?? 0}
        style={{ width: 160, marginBottom: 16 }}
        onChange={(value: number) => navigate(hrefTo.monitor(value || null))}
        options={[{ value: 0, label: 'Tất cả các năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
      />
      <Table
        rowKey="id"
        loading={overview.isPending}
        dataSource={overview.data ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có kế hoạch nào trong phạm vi theo dõi.' }}
        columns={[
          {
            title: 'Kế hoạch',
            dataIndex: 'title',
            render: (title: string, plan) => <a href={hrefTo.monitorPlan(plan.id)}>{title}</a>,
          },
          { title: 'Đơn vị ban hành', dataIndex: 'unitName' },
          { title: 'Mẫu', dataIndex: 'templateName', responsive: ['md'] },
          { title: 'Năm', dataIndex: 'year', width: 80 },
          {
            title: 'Tiến độ',
            key: 'summary',
            width: 260,
            render: (_, plan) => <StatusBar summary={plan.summary} />,
          },
        ]}
      />
    </section>
  );
}
