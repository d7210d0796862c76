import { Tabs } from 'antd';
import { UnitImport } from './UnitImport';
import { UserImport } from './UserImport';

export function ImportPage() {
  return (
    <section>
      <h1>Nhập danh mục</h1>
      <Tabs
        items={[
          { key: 'units', label: 'Đơn vị', children: <UnitImport /> },
          { key: 'users', label: 'Người dùng', children: <UserImport /> },
        ]}
      />
    </section>
  );
}
