import { formatVnDate } from '@cascade/domain';
import { Descriptions } from 'antd';
import type { ImportResult } from './importTypes';

const periodLabels: Record<string, string> = {
  month: 'Hằng tháng',
  quarter: 'Quý',
  half: '6 tháng',
  'nine-months': '9 tháng',
  year: 'Năm',
};
const dateOrDash = (date: string | null) => (date ? formatVnDate(date) : '—');

function roundText(r: ImportResult['imported']['reportRounds'][number]) {
  const due = r.dueOn ? formatVnDate(r.dueOn) : r.dayOfMonth ? `trước ngày ${r.dayOfMonth} hằng tháng` : '—';
  return `${periodLabels[r.period] ?? r.period}: ${due}`;
}

/** What the file says beyond the plan form: number, date, signer, rounds, targets; "—" where it does not say. */
export function ImportedFacts({ imported }: { imported: ImportResult['imported'] }) {
  const signer = imported.signer
    ? [...imported.signer.capacity, imported.signer.position, imported.signer.name].filter(Boolean).join(' / ')
    : '—';
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title="Thông tin đọc được từ văn bản"
      items={[
        { key: 'issuer', label: 'Cơ quan ban hành', children: imported.issuer ?? '—' },
        { key: 'number', label: 'Số, ký hiệu', children: imported.documentNumber ?? '—' },
        { key: 'date', label: 'Ngày ban hành', children: dateOrDash(imported.issuedOn) },
        { key: 'signer', label: 'Người ký', children: signer },
        { key: 'focal', label: 'Đơn vị đầu mối', children: imported.focalUnit ?? '—' },
        { key: 'subPlan', label: 'Hạn cấp dưới ban hành kế hoạch', children: dateOrDash(imported.subPlanDueOn) },
        { key: 'rounds', label: 'Kỳ báo cáo', children: imported.reportRounds.map(roundText).join('; ') || '—' },
        { key: 'targets', label: 'Chỉ tiêu', children: imported.targets.map((t) => t.text).join('; ') || '—' },
        { key: 'tasks', label: 'Số nhiệm vụ (mục II)', children: String(imported.tasks.length) },
        {
          key: 'assignments',
          label: 'Đơn vị được giao (mục III)',
          children: imported.assignments.map((a) => a.unit).join('; ') || '—',
        },
        { key: 'recipients', label: 'Nơi nhận', children: imported.recipients.join('; ') || '—' },
      ]}
    />
  );
}
