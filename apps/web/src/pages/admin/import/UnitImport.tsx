import { unitKindLabels, type UnitKind } from '@cascade/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Table } from 'antd';
import { queryClient, trpc } from '../../../trpc';
import { ImportReview } from './ImportReview';

const categories = [
  ['added', 'Thêm mới'],
  ['renamed', 'Đổi tên/loại'],
  ['moved', 'Chuyển cấp trên'],
  ['reopened', 'Hoạt động lại'],
  ['closed', 'Thôi hoạt động'],
  ['unchanged', 'Không đổi'],
] as const;

/** Units from the official list, CSV or XLSX: counts by kind of change and of unit, then all of it or nothing. */
export function UnitImport() {
  const review = useMutation(trpc.units.import.mutationOptions());
  const apply = useMutation(
    trpc.units.import.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.units.pathKey() }),
    }),
  );
  return (
    <ImportReview
      description="Tệp .json của danh mục đơn vị hành chính chính thức, hoặc .csv / .xlsx với các cột code, name, kind, parent code, effective from (và abbreviation cho sở, phòng)."
      accept=".json,.csv,.xlsx"
      pickLabel="Chọn tệp đơn vị"
      review={review}
      apply={apply}
      reviewed={({ counts }) => {
        const kinds = [...new Set(categories.flatMap(([key]) => Object.keys(counts[key])))] as UnitKind[];
        return (
          <Table
            aria-label="Kết quả chạy thử"
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={categories.map(([key, label]) => ({ key, label, ...counts[key] }))}
            columns={[
              { title: 'Thay đổi', dataIndex: 'label' },
              ...kinds.map((k) => ({ title: unitKindLabels[k], dataIndex: k, render: (n?: number) => n ?? 0 })),
            ]}
          />
        );
      }}
      applied={() => <Alert type="success" showIcon title="Đã áp dụng danh mục đơn vị." />}
    />
  );
}
