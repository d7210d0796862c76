import { hrefTo, type Route } from '../../routes';

const sections = [
  { label: 'Đơn vị', href: hrefTo.adminUnits(), pages: ['adminUnits'] },
  { label: 'Người dùng', href: hrefTo.adminUsers(), pages: ['adminUsers'] },
  { label: 'Nhập danh mục', href: hrefTo.adminImport(), pages: ['adminImport'] },
  { label: 'Nhật ký kiểm tra', href: hrefTo.adminAudit(), pages: ['adminAudit'] },
  { label: 'Mẫu kế hoạch', href: hrefTo.adminTemplates(), pages: ['adminTemplates', 'adminTemplate'] },
  { label: 'Ngày nghỉ, ngày làm bù', href: hrefTo.adminCalendar(), pages: ['adminCalendar'] },
  { label: 'Sáp nhập đơn vị', href: hrefTo.adminMerger(), pages: ['adminMerger'] },
  { label: 'Vận hành', href: hrefTo.adminOperations(), pages: ['adminOperations'] },
];

export function AdminNav({ current }: { current: Route['page'] }) {
  return (
    <nav className="tabs" aria-label="Quản trị">
      {sections.map((section) => (
        <a key={section.href} href={section.href} aria-current={section.pages.includes(current) ? 'page' : undefined}>
          {section.label}
        </a>
      ))}
    </nav>
  );
}
