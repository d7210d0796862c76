import { Button, Space } from 'antd';

/** Download the document as Word (.docx, Decree 30/2020 format) or PDF (where the server has LibreOffice), or print it. */
export function DocumentActions({ href, label }: { href: string; label: string }) {
  return (
    <Space className="no-print" wrap>
      <Button type="primary" href={href} download aria-label={`Tải ${label} (.docx)`}>
        Tải văn bản (.docx)
      </Button>
      <Button href={`${href}?format=pdf`} download aria-label={`Tải ${label} (.pdf)`}>
        Tải PDF
      </Button>
      <Button onClick={() => window.print()}>In văn bản</Button>
    </Space>
  );
}
