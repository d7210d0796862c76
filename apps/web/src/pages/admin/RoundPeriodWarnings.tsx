import { Alert } from 'antd';
import type { TemplateRound } from './adminTypes';
import { roundPeriodWarnings } from './roundPeriodWarnings';

/** Rounds due before their data period closes, said where the administrator sets them. */
export function RoundPeriodWarnings({ rounds }: { rounds: readonly TemplateRound[] }) {
  const year = new Date().getFullYear() + 1;
  const warnings = roundPeriodWarnings(rounds, year);
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      aria-label="Cảnh báo kỳ báo cáo"
      title={`Hạn nộp trước khi kỳ số liệu kết thúc (tính cho năm ${year})`}
      description={
        <ul>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      }
    />
  );
}
