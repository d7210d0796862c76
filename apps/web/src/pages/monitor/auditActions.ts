const labels: Record<string, string> = {
  'plan.draftSaved': 'Lưu dự thảo kế hoạch',
  'plan.approved': 'Duyệt dự thảo',
  'plan.returned': 'Trả lại dự thảo',
  'plan.issued': 'Ban hành kế hoạch',
  'plan.closed': 'Tổng kết, đóng kế hoạch',
  'report.submitted': 'Gửi báo cáo',
  'report.returned': 'Báo cáo bị trả lại',
  'report.assessed': 'Chấm điểm báo cáo',
  'task.overdue': 'Quá hạn',
  'monitor.remind': 'Được đôn đốc',
  'unit.handedOver': 'Bàn giao cho đơn vị kế thừa',
  'step.failed': 'Bước tự động gặp lỗi',
};

/** What an audit entry means, in words a supervisor reads; unknown actions show as recorded. */
export const actionLabel = (action: string) => labels[action] ?? action;
