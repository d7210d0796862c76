import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';

export type AuditKind = 'login' | 'loginFailed' | 'lockout' | 'logout' | 'refused' | 'admin';

export interface AuditFilter {
  kinds: AuditKind[];
  actor: string;
  from?: string | undefined;
  to?: string | undefined;
}

const kindOptions: { value: AuditKind; label: string }[] = [
  { value: 'login', label: 'Đăng nhập thành công' },
  { value: 'loginFailed', label: 'Đăng nhập sai' },
  { value: 'lockout', label: 'Tạm khóa đăng nhập' },
  { value: 'logout', label: 'Đăng xuất' },
  { value: 'refused', label: 'Từ chối truy cập' },
  { value: 'admin', label: 'Thao tác quản trị' },
];
const isoFormat = 'YYYY-MM-DD';

/** Which entries to show: kinds, who, and a range of days (antd's Vietnamese picker, dd/mm/yyyy). */
export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange(filter: AuditFilter): void }) {
  return (
    <Space wrap className="audit-filters">
      <Select
        mode="multiple"
        allowClear
        aria-label="Loại sự kiện"
        placeholder="Mọi loại sự kiện"
        style={{ minWidth: '16rem' }}
        options={kindOptions}
        value={value.kinds}
        onChange={(kinds) => onChange({ ...value, kinds })}
      />
      <Input.Search
        allowClear
        aria-label="Người thực hiện"
        placeholder="Tên đăng nhập hoặc họ tên"
        defaultValue={value.actor}
        onSearch={(actor) => onChange({ ...value, actor })}
        style={{ width: '16rem' }}
      />
      <DatePicker.RangePicker
        aria-label="Khoảng ngày"
        format="DD/MM/YYYY"
        placeholder={['Từ ngày', 'Đến ngày']}
        allowEmpty={[true, true]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) =>
          onChange({ ...value, from: range?.[0]?.format(isoFormat), to: range?.[1]?.format(isoFormat) })
        }
      />
    </Space>
  );
}
