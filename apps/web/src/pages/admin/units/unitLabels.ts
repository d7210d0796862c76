export const unitChangeLabels: Record<string, string> = {
  created: 'Thành lập',
  renamed: 'Đổi tên',
  moved: 'Chuyển cấp trên',
  updated: 'Cập nhật',
  closed: 'Thôi hoạt động',
  reopened: 'Hoạt động lại',
  merged: 'Sáp nhập',
};

export const roleLabels: Record<string, string> = {
  admin: 'Quản trị',
  leader: 'Lãnh đạo',
  head: 'Trưởng phòng',
  officer: 'Chuyên viên',
  supervisor: 'Theo dõi',
};
