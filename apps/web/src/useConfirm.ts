import { App } from 'antd';
import type { ReactNode } from 'react';

export interface Confirmation {
  title: string;
  /** What will happen, in the words of the person about to do it. */
  content: ReactNode;
  okText: string;
  isDanger?: boolean;
}

/** An action that cannot be undone first says what it will do and waits for a yes. */
export function useConfirm() {
  const { modal } = App.useApp();
  return ({ title, content, okText, isDanger = false }: Confirmation, onOk: () => void) => {
    modal.confirm({
      title,
      content,
      okText,
      cancelText: 'Hủy',
      okButtonProps: { danger: isDanger },
      onOk,
    });
  };
}
