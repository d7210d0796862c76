import { useMutation } from '@tanstack/react-query';
import { Alert, Upload } from 'antd';
import { useState } from 'react';
import { hrefTo } from '../../routes';
import { ImportReview } from './ImportReview';
import { type ImportResult, uploadPlanFile } from './importTypes';

/** An existing plan (.docx, .txt, .md) read into a draft the officer reviews before the plan is created. */
export function ImportPlanPage() {
  const [result, setResult] = useState<{ fileName: string; read: ImportResult } | null>(null);
  const upload = useMutation({
    mutationFn: async (file: File) => ({ fileName: file.name, read: await uploadPlanFile(file) }),
    onSuccess: setResult,
  });
  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.inbox()}>Việc cần làm</a> › Nhập kế hoạch từ tệp
      </p>
      <h1>Nhập kế hoạch từ tệp</h1>
      <p className="muted">
        Tải lên kế hoạch đã có (Word .docx, PDF có chữ, văn bản .txt hoặc .md). Cascade đọc các mục, căn cứ, nhiệm vụ,
        kỳ báo cáo; anh/chị kiểm tra lại trước khi tạo dự thảo.
      </p>
      <Upload.Dragger
        accept=".docx,.pdf,.txt,.md"
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
        disabled={upload.isPending}
      >
        <p>{upload.isPending ? 'Đang đọc tệp…' : 'Kéo tệp vào đây hoặc bấm để chọn tệp kế hoạch'}</p>
      </Upload.Dragger>
      {upload.error && <Alert type="error" showIcon message={upload.error.message} role="alert" />}
      {result && <ImportReview key={result.fileName} fileName={result.fileName} result={result.read} />}
    </section>
  );
}
