import { Button, Space } from 'antd';

/** Download the document as Word (.docx, Decree 30/2020 format) or print it as the page shows it. */
export function DocumentActions({ href, label }: { href: string; label: string }) {
  return (
    <Space className="no-print" wrap>
      <Button type="primary" href={href} download aria-label={`Tải ${label} (.docx)`}>
        Tải văn bản (.docx)
      </Button>
      <Button onClick={() => window.print()}>In văn bản</Button>
    </Space>
  );
}
