import { App } from 'antd';
import { useEffect } from 'react';
import { setLeaveGuard } from './leaveGuard';

/**
 * Leaving a page with edits not yet submitted asks first (they stay in the autosaved draft); closing or reloading
 * the tab asks only while some edits have not reached the server yet.
 */
export function useLeaveGuard({ isUnsubmitted, isUnsaved }: { isUnsubmitted: boolean; isUnsaved: boolean }) {
  const { modal } = App.useApp();
  useEffect(() => {
    if (!isUnsubmitted) return;
    return setLeaveGuard(
      () =>
        new Promise<boolean>((resolve) => {
          modal.confirm({
            title: 'Rời trang khi chưa gửi?',
            content:
              'Nội dung bạn đã nhập chưa được lưu dự thảo hoặc gửi đi. Bản nháp được tự động lưu và sẽ hiện lại khi bạn quay lại trang này.',
            okText: 'Rời trang',
            cancelText: 'Ở lại trang',
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          });
        }),
    );
  }, [isUnsubmitted, modal]);
  useEffect(() => {
    if (!isUnsaved) return;
    const askBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', askBeforeUnload);
    return () => window.removeEventListener('beforeunload', askBeforeUnload);
  }, [isUnsaved]);
}
