import { type ApprovalStep, type ApproverRole, type DraftApproval, pendingApprovalStep } from './approval';

/** Who acts next on a task: the officer drafts and reports, the head approves, the leader approves and issues. */
export type NextActor = 'officer' | ApproverRole;

export interface NextStep {
  /** null once nothing is left to do. */
  actor: NextActor | null;
  /** The step in words, as the inbox shows it. */
  words: string;
}

export interface TaskProgress {
  kind: 'plan' | 'report';
  state: 'open' | 'overdue' | 'done' | 'handedOver' | 'closed';
  returnedReason: string | null;
  /** A report that sums the subordinates' (or the focal unit's work for the issuer). */
  isConsolidation: boolean;
  /** The template wants the leader's sign-off: where the unit's last submission for it stands. */
  signOff?: 'pending' | 'signed' | 'returned';
  draft?: { version: number; approvals: readonly DraftApproval[]; steps: readonly ApprovalStep[] };
}

const roleWords: Record<ApproverRole, string> = { head: 'Trưởng phòng', leader: 'Lãnh đạo' };

function nextPlanStep(task: TaskProgress): NextStep {
  const draft = task.draft;
  if (!draft || draft.version === 0) return { actor: 'officer', words: 'Chuyên viên soạn dự thảo kế hoạch' };
  if (task.returnedReason) return { actor: 'officer', words: 'Chuyên viên chỉnh sửa dự thảo bị trả lại' };
  const step = pendingApprovalStep(draft.steps, draft.approvals);
  if (step) return { actor: step.role, words: `${roleWords[step.role]} duyệt dự thảo (${step.label})` };
  return { actor: 'leader', words: 'Lãnh đạo cho số, ký và ban hành kế hoạch' };
}

function nextReportStep(task: TaskProgress): NextStep {
  if (task.signOff === 'pending') return { actor: 'leader', words: 'Lãnh đạo ký duyệt báo cáo trước khi gửi' };
  if (task.signOff === 'returned')
    return { actor: 'officer', words: 'Chuyên viên chỉnh sửa báo cáo lãnh đạo trả lại và trình lại' };
  if (task.returnedReason) return { actor: 'officer', words: 'Chuyên viên bổ sung và gửi lại báo cáo bị trả lại' };
  if (task.isConsolidation)
    return { actor: 'officer', words: 'Chuyên viên tổng hợp báo cáo của các đơn vị và gửi báo cáo' };
  return { actor: 'officer', words: 'Chuyên viên lập và gửi báo cáo' };
}

/** The step a task waits for, in words. */
export function nextStepOf(task: TaskProgress): NextStep {
  if (task.state === 'closed') return { actor: null, words: 'Năm kế hoạch đã kết thúc' };
  if (task.state === 'handedOver') return { actor: null, words: 'Đã chuyển cho đơn vị kế thừa' };
  if (task.state === 'done' && !task.returnedReason)
    return { actor: null, words: task.kind === 'plan' ? 'Đã ban hành kế hoạch' : 'Đã gửi báo cáo' };
  return task.kind === 'plan' ? nextPlanStep(task) : nextReportStep(task);
}

/** Whether the step is the user's to take, by the roles the user holds. */
export function isActorAmong(actor: NextActor | null, roles: readonly string[]): boolean {
  return actor !== null && roles.includes(actor);
}
