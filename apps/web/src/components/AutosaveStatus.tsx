import { Alert, Button } from 'antd';
import type { AutosaveState } from '../useAutosave';

const timeOf = (date: Date) =>
  date.toLocaleString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

const stateTexts: Record<Exclude<AutosaveState, 'idle' | 'saved'>, string> = {
  waiting: 'Có thay đổi chưa lưu…',
  saving: 'Đang tự động lưu bản nháp…',
  failed: 'Chưa tự động lưu được bản nháp; hãy kiểm tra kết nối mạng. Nội dung vẫn còn trên trang này.',
};

/** Where the typing stands: restored from an earlier visit, waiting, saving, saved at a time, or not saved. */
export function AutosaveStatus({
  state,
  savedAt,
  restoredAt,
  onDiscard,
}: {
  state: AutosaveState;
  savedAt: Date | null;
  restoredAt: Date | null;
  onDiscard: () => void;
}) {
  return (
    <>
      {restoredAt && (
        <Alert
          type="info"
          showIcon
          title={`Đã khôi phục bản nháp tự động lưu lúc ${timeOf(restoredAt)}. Nội dung này chưa được gửi đi.`}
          action={
            <Button size="small" onClick={onDiscard}>
              Bỏ bản nháp này
            </Button>
          }
        />
      )}
      <p className={state === 'failed' ? 'autosave-status field-error' : 'autosave-status muted'} role="status">
        {state === 'saved' && savedAt
          ? `Đã tự động lưu bản nháp lúc ${timeOf(savedAt)}`
          : state === 'idle' || state === 'saved'
            ? ''
            : stateTexts[state]}
      </p>
    </>
  );
}
