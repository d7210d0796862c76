import { unitKindLabels, type UnitKind } from '@cascade/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, List, Space, Table } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../errors';
import { queryClient, trpc } from '../../../trpc';
import { FilePicker, type PickedFile } from './FilePicker';

const categories = [
  ['added', 'Thêm mới'],
  ['renamed', 'Đổi tên/loại'],
  ['moved', 'Chuyển cấp trên'],
  ['reopened', 'Hoạt động lại'],
  ['closed', 'Thôi hoạt động'],
  ['unchanged', 'Không đổi'],
] as const;

/** Upload → review (a dry run: counts by kind, bad rows by line) → apply, all of it or nothing. */
export function UnitImport() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const review = useMutation(trpc.units.import.mutationOptions());
  const apply = useMutation(
    trpc.units.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.units.pathKey() }),
    }),
  );
  const pick = (picked: PickedFile) => {
    setFile(picked);
    review.reset();
    apply.reset();
  };
  const kinds = review.data
    ? ([...new Set(categories.flatMap(([key]) => Object.keys(review.data.counts[key])))] as UnitKind[])
    : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <p className="muted">
        Tệp .json của danh mục đơn vị hành chính chính thức, hoặc .csv / .xlsx với các cột code, name, kind, parent
        code, effective from (và abbreviation cho sở, phòng).
      </p>
      <Space>
        <FilePicker accept=".json,.csv,.xlsx" label="Chọn tệp đơn vị" onPick={pick} />
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
      {review.error && <Alert type="error" showIcon title={errorMessage(review.error)} />}
      {review.data && (
        <>
          <Table
            aria-label="Kết quả chạy thử"
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={categories.map(([key, label]) => ({ key, label, ...review.data.counts[key] }))}
            columns={[
              { title: 'Thay đổi', dataIndex: 'label' },
              ...kinds.map((k) => ({ title: unitKindLabels[k], dataIndex: k, render: (n?: number) => n ?? 0 })),
            ]}
          />
          {review.data.errors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={`Có ${review.data.errors.length} dòng lỗi: sửa tệp rồi chạy thử lại. Chưa thay đổi gì.`}
              description={
                <List
                  size="small"
                  dataSource={review.data.errors}
                  renderItem={(e) => (
                    <List.Item>
                      Dòng {e.line}: {e.message}
                    </List.Item>
                  )}
                />
              }
            />
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
      {apply.error && <Alert type="error" showIcon title={errorMessage(apply.error)} />}
      {apply.data?.applied && <Alert type="success" showIcon title="Đã áp dụng danh mục đơn vị." />}
    </Space>
  );
}
