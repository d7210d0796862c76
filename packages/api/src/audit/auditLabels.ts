const actionLabels: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.loginFailed': 'Đăng nhập sai',
  'auth.lockout': 'Tạm khóa đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.logoutEverywhere': 'Đăng xuất mọi nơi',
  'access.refused': 'Từ chối truy cập',
  'admin.unit.create': 'Thêm đơn vị',
  'admin.unit.update': 'Sửa đơn vị',
  'admin.unit.close': 'Cho đơn vị thôi hoạt động',
  'admin.unit.reopen': 'Cho đơn vị hoạt động lại',
  'admin.unit.merge': 'Sáp nhập đơn vị',
  'admin.units.import': 'Nhập danh mục đơn vị',
  'admin.user.create': 'Thêm người dùng',
  'admin.user.update': 'Sửa người dùng',
  'admin.user.disable': 'Khóa người dùng',
  'admin.user.enable': 'Mở khóa người dùng',
  'admin.user.resetPassword': 'Đặt lại mật khẩu',
  'admin.user.changePassword': 'Tự đổi mật khẩu',
  'admin.calendar.set': 'Đặt ngày nghỉ/làm bù',
  'admin.calendar.remove': 'Xóa ngày nghỉ/làm bù',
  'admin.template.save': 'Lưu mẫu kế hoạch',
  'admin.template.publish': 'Công bố mẫu kế hoạch',
  'admin.audit.export': 'Xuất nhật ký',
};

export const actionLabel = (action: string) => actionLabels[action] ?? action;

/** What came of it, in the words an auditor uses. */
export function outcomeOf(action: string): string {
  if (action === 'auth.loginFailed') return 'Thất bại';
  if (action === 'auth.lockout') return 'Bị tạm khóa';
  if (action === 'access.refused') return 'Bị từ chối';
  return 'Thành công';
}
