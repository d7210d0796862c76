import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Input, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { TRPCClientError } from '@trpc/client';
import { formatVnDate } from '@cascade/domain';
import { errorMessage } from '../../errors';
import { useIdempotencyKey } from '../../idempotency';
import { hrefTo, navigate } from '../../routes';
import { canDraftPlans, type CurrentUser, isAdministrator } from '../../session';
import { queryClient, trpc, trpcClient } from '../../trpc';
import { ImportedFacts } from './ImportedFacts';
import { ImportedTargets } from './ImportedTargets';
import { StartTemplateButton } from './StartTemplateButton';
import type { ImportResult } from './importTypes';

type Content = ImportResult['draft']['content'];

// The page's own checks speak Vietnamese already; the server's come through errorMessage.
const messageOf = (error: Error) => (error instanceof TRPCClientError ? errorMessage(error) : error.message);

const sectionFields: { key: 'purpose' | 'tasks' | 'organization'; label: string }[] = [
  { key: 'purpose', label: 'I. Mục đích, yêu cầu' },
  { key: 'tasks', label: 'II. Nội dung, nhiệm vụ' },
  { key: 'organization', label: 'III. Tổ chức thực hiện' },
];

/** The draft read from the file, for the officer to correct; creating it makes a plan with this saved draft. */
export function ImportReview({
  fileName,
  result,
  user,
  templates,
  templateId,
  onTemplateChange,
}: {
  fileName: string;
  result: ImportResult;
  user: CurrentUser;
  templates: { id: string; name: string; version: number }[];
  templateId: string | undefined;
  onTemplateChange: (id: string) => void;
}) {
  const chosenTemplate = templateId;
  const [title, setTitle] = useState(result.draft.title);
  const [year, setYear] = useState<number | null>(result.draft.year ?? new Date().getFullYear());
  const [content, setContent] = useState<Content>(result.draft.content);
  const createKey = useIdempotencyKey();
  const draftKey = useIdempotencyKey();

  const create = useMutation({
    mutationFn: async () => {
      if (!chosenTemplate) throw new Error('Chọn mẫu kế hoạch trước khi tạo dự thảo.');
      if (!title.trim() || !year) throw new Error('Nhập tên kế hoạch và năm trước khi tạo dự thảo.');
      const plan = { templateId: chosenTemplate, title: title.trim().normalize('NFC'), year };
      const { taskId } = await trpcClient.plans.create.mutate({
        ...plan,
        importedIssue: result.issue,
        idempotencyKey: createKey.keyFor(plan),
      });
      const draft = { title: plan.title, ...content };
      await trpcClient.plans.saveDraft.mutate({
        taskId,
        idempotencyKey: draftKey.keyFor(draft),
        baseVersion: 0,
        draft,
      });
      return taskId;
    },
    onSuccess: async (taskId) => {
      createKey.succeeded();
      draftKey.succeeded();
      await queryClient.invalidateQueries({ queryKey: trpc.pathKey() });
      navigate(hrefTo.task(taskId));
    },
  });

  return (
    <Card title={`Kiểm tra kế hoạch đọc từ "${fileName}"`} className="import-review" aria-label="Kiểm tra kế hoạch">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <label>
          Mẫu kế hoạch
          <Select
            style={{ width: '100%' }}
            placeholder="Chọn mẫu kế hoạch"
            value={chosenTemplate}
            onChange={onTemplateChange}
            options={templates.map((t) => ({ value: t.id, label: `${t.name} (phiên bản ${t.version})` }))}
          />
        </label>
        <label>
          Tên kế hoạch
          <Input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Năm
          <InputNumber aria-label="Năm kế hoạch" value={year} onChange={setYear} min={2000} max={2100} />
        </label>
        <Table
          size="small"
          pagination={false}
          rowKey="number"
          title={() => `Căn cứ (${content.directives.length} văn bản)`}
          dataSource={content.directives}
          columns={[
            { title: 'Số hiệu', dataIndex: 'number' },
            { title: 'Ngày ban hành', dataIndex: 'date', render: (d: string) => formatVnDate(d) },
            { title: 'Cơ quan ban hành', dataIndex: 'issuer' },
            { title: 'Trích yếu', dataIndex: 'title' },
          ]}
        />
        {result.draft.incompleteDirectives.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message="Các văn bản được nhắc đến nhưng thiếu ngày, cơ quan ban hành hoặc trích yếu: bổ sung vào phần Căn cứ của dự thảo nếu cần."
            description={result.draft.incompleteDirectives.map((d) => `${d.type} ${d.number}`).join('; ')}
          />
        )}
        {sectionFields.map((field) => (
          <label key={field.key}>
            {field.label}
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 12 }}
              value={content[field.key]}
              onChange={(e) => setContent({ ...content, [field.key]: e.target.value })}
            />
          </label>
        ))}
        <ImportedTargets result={result} templateChosen={chosenTemplate !== undefined} />
        <ImportedFacts imported={result.imported} />
        {create.error && <Alert type="error" showIcon role="alert" message={messageOf(create.error)} />}
        <Space wrap>
          {canDraftPlans(user) && (
            <Button type="primary" onClick={() => create.mutate()} loading={create.isPending}>
              Tạo dự thảo kế hoạch
            </Button>
          )}
          {isAdministrator(user) && (
            <StartTemplateButton result={result} baseTemplateId={chosenTemplate} title={title} />
          )}
        </Space>
      </Space>
    </Card>
  );
}
