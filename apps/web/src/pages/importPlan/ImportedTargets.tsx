import { Alert, Table, Tag } from 'antd';
import type { ImportResult } from './importTypes';

/** The plan's targets with the template indicator each measures; those none matches are listed, never assigned. */
export function ImportedTargets({ result, templateChosen }: { result: ImportResult; templateChosen: boolean }) {
  const { targets } = result.imported;
  if (targets.length === 0) return null;
  const labelOf = (key: string) => result.indicators.find((i) => i.key === key)?.label ?? key;
  const unmapped = targets.filter((t) => !t.indicator);
  return (
    <>
      <Table
        size="small"
        pagination={false}
        rowKey="text"
        title={() => 'Chỉ tiêu trong văn bản'}
        dataSource={targets}
        columns={[
          { title: 'Chỉ tiêu', dataIndex: 'text' },
          { title: 'Mức tối thiểu', dataIndex: 'min', align: 'right' },
          {
            title: 'Chỉ số của mẫu',
            dataIndex: 'indicator',
            render: (key: string | null) => (key ? labelOf(key) : <Tag color="warning">Chưa gắn</Tag>),
          },
        ]}
      />
      {unmapped.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={
            templateChosen
              ? 'Chỉ tiêu không khớp chỉ số nào của mẫu đã chọn: không được gán tự động, hãy nhập tay khi ban hành nếu cần.'
              : 'Chọn mẫu kế hoạch để gắn chỉ tiêu với chỉ số của mẫu.'
          }
          description={unmapped.map((t) => t.text).join('; ')}
        />
      )}
    </>
  );
}
