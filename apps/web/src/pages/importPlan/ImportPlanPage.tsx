import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Upload } from 'antd';
import { useState } from 'react';
import { hrefTo } from '../../routes';
import { type CurrentUser, isAdministrator } from '../../session';
import { trpc } from '../../trpc';
import { ImportReview } from './ImportReview';
import { uploadPlanFile } from './importTypes';

/**
 * An existing plan (.docx, .pdf, .txt, .md) read for review: an officer makes it a draft, an administrator starts a
 * template from it. The file is read again when the template changes: its targets are matched to that template's
 * indicators.
 */
export function ImportPlanPage({ user }: { user: CurrentUser }) {
  const [file, setFile] = useState<File | null>(null);
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const templates = useQuery(trpc.plans.templates.queryOptions());
  const chosenTemplate = templateId ?? (templates.data?.length === 1 ? templates.data[0]!.id : undefined);
  const read = useQuery({
    queryKey: ['importPlan', file?.name, file?.size, file?.lastModified, chosenTemplate],
    queryFn: () => uploadPlanFile(file!, chosenTemplate),
    enabled: file !== null,
    retry: false,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
  const back = isAdministrator(user) ? (
    <a href={hrefTo.adminTemplates()}>Mẫu kế hoạch</a>
  ) : (
    <a href={hrefTo.inbox()}>Việc cần làm</a>
  );
  return (
    <section>
      <p className="breadcrumb">{back} › Nhập kế hoạch từ tệp</p>
      <h1>Nhập kế hoạch từ tệp</h1>
      <p className="muted">
        Tải lên kế hoạch đã có (Word .docx, PDF có chữ, văn bản .txt hoặc .md). Cascade đọc các mục, căn cứ, nhiệm vụ,
        kỳ báo cáo, chỉ tiêu, người ký và nơi nhận; anh/chị kiểm tra lại trước khi tạo dự thảo hoặc mẫu kế hoạch.
      </p>
      <Upload.Dragger
        accept=".docx,.pdf,.txt,.md"
        showUploadList={false}
        beforeUpload={(chosen) => {
          setFile(chosen);
          return false;
        }}
        disabled={read.isFetching}
      >
        <p>{read.isFetching ? 'Đang đọc tệp…' : 'Kéo tệp vào đây hoặc bấm để chọn tệp kế hoạch'}</p>
      </Upload.Dragger>
      {read.error && <Alert type="error" showIcon message={read.error.message} role="alert" />}
      {file && read.data && (
        <ImportReview
          key={file.name}
          fileName={file.name}
          result={read.data}
          user={user}
          templates={templates.data ?? []}
          templateId={chosenTemplate}
          onTemplateChange={setTemplateId}
        />
      )}
    </section>
  );
}
