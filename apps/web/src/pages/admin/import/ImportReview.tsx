import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, List, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../../errors';
import { FilePicker, type PickedFile } from './FilePicker';

interface ImportOutcome {
  applied: boolean;
  errors: { line: number; message: string }[];
}

type ImportMutation<Outcome> = Pick<
  UseMutationResult<Outcome, unknown, PickedFile & { dryRun: boolean }>,
  'mutate' | 'reset' | 'data' | 'error' | 'isPending' | 'isSuccess'
>;

/** Upload → review (a dry run: what would change, bad rows by line) → apply, all of it or nothing. */
export function ImportReview<Outcome extends ImportOutcome>({
  description,
  accept,
  pickLabel,
  review,
  apply,
  reviewed,
  applied,
}: {
  description: ReactNode;
  accept: string;
  pickLabel: string;
  review: ImportMutation<Outcome>;
  apply: ImportMutation<Outcome>;
  /** What the dry run found would change. */
  reviewed(outcome: Outcome): ReactNode;
  /** What the administrator is told once it is applied. */
  applied(outcome: Outcome): ReactNode;
}) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const pick = (picked: PickedFile) => {
    setFile(picked);
    review.reset();
    apply.reset();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <p className="muted">{description}</p>
      <Space>
        <FilePicker accept={accept} label={pickLabel} onPick={pick} />
        {file && <span>{file.fileName}</span>}
        <Button
          type="primary"
          disabled={!file}
          loading={review.isPending}
          onClick={() => file && review.mutate({ ...file, dryRun: true })}
        >
          Chạy thử
        </Button>
      </Space>
      {review.error != null && <Alert type="error" showIcon title={errorMessage(review.error)} />}
      {review.data && (
        <>
          {reviewed(review.data)}
          {review.data.errors.length > 0 ? (
            <BadRows errors={review.data.errors} />
          ) : (
            <Button
              type="primary"
              loading={apply.isPending}
              disabled={apply.isSuccess}
              onClick={() => file && apply.mutate({ ...file, dryRun: false })}
            >
              Áp dụng
            </Button>
          )}
        </>
      )}
      {apply.error != null && <Alert type="error" showIcon title={errorMessage(apply.error)} />}
      {apply.data?.applied && applied(apply.data)}
    </Space>
  );
}

function BadRows({ errors }: { errors: ImportOutcome['errors'] }) {
  return (
    <Alert
      type="error"
      showIcon
      title={`Có ${errors.length} dòng lỗi: sửa tệp rồi chạy thử lại. Chưa thay đổi gì.`}
      description={
        <List
          size="small"
          dataSource={errors}
          renderItem={(e) => (
            <List.Item>
              Dòng {e.line}: {e.message}
            </List.Item>
          )}
        />
      }
    />
  );
}
