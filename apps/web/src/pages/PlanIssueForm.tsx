import type { PlanIssueInput } from '@cascade/forms';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ErrorNotice } from '../components/ErrorNotice';
import { Field } from '../components/Field';
import { formatVnDate, type ImportedIssue } from '@cascade/domain';
import { todayInVietnam } from '../dates';
import { useIdempotencyKey } from '../idempotency';
import { toNumberInput } from '../numbers';
import { queryClient, trpc } from '../trpc';
import { useConfirm } from '../useConfirm';
import { IssueTargetsField, type PlanIndicator } from './IssueTargetsField';
import { withImportedIssue } from './importedIssueValues';
import { type IssueFormValues, issueResolver, toTargets } from './issueFormValues';
import { FormDateInput } from '../components/FormDateInput';

const blankIssue = (indicators: PlanIndicator[], leadDays: number | null): IssueFormValues => ({
  documentNumber: '',
  issuedOn: todayInVietnam(),
  signerName: '',
  signerTitle: '',
  signingCapacity: 'TM.',
  recipients: '',
  subPlanDueOn: '',
  focalUnitId: '',
  leadDays: leadDays === null ? '' : String(leadDays),
  targets: Object.fromEntries(indicators.map((i) => [i.key, toNumberInput(i.target)])),
});

/** What issuing does, said before it is done: it cannot be taken back. */
const issueConsequences = (issue: PlanIssueInput) =>
  `Kế hoạch số ${issue.documentNumber}, ngày ${formatVnDate(issue.issuedOn)}, ${issue.signingCapacity} ${issue.signerName} ký, ` +
  `sẽ được ban hành và gửi tới các nơi nhận. ` +
  (issue.subPlanDueOn
    ? `Các đơn vị cấp dưới nhận nhiệm vụ xây dựng kế hoạch, hạn ${formatVnDate(issue.subPlanDueOn)}, và các kỳ báo cáo bắt đầu. `
    : 'Các kỳ báo cáo bắt đầu. ') +
  'Sau khi ban hành không thể sửa hay thu hồi trong hệ thống.';

export interface FocalCandidate {
  id: string;
  name: string;
}

/** The leader numbers, signs and issues the saved draft; issuing starts the cascade to subordinate units. */
export function PlanIssueForm({
  taskId,
  draftVersion,
  focalCandidates,
  indicators,
  imported,
  subordinateLeadDays,
  onReturnDraft,
}: {
  taskId: string;
  draftVersion: number;
  focalCandidates: FocalCandidate[];
  indicators: PlanIndicator[];
  /** What the plan's file said of its issue, when it was brought in from one. */
  imported?: ImportedIssue | null | undefined;
  /** Set for a sub-plan with subordinates: the template's lead time, which its leader may change. */
  subordinateLeadDays: number | null;
  onReturnDraft?: (() => void) | undefined;
}) {
  const idempotency = useIdempotencyKey();
  const form = useForm<IssueFormValues, unknown, PlanIssueInput>({
    resolver: issueResolver,
    defaultValues: withImportedIssue(blankIssue(indicators, subordinateLeadDays), imported, focalCandidates),
  });
  const issue = useMutation(
    trpc.plans.issue.mutationOptions({
      onSuccess: () => {
        idempotency.succeeded();
        // The task, the inbox, the plan lists and the progress views all change once a plan is issued.
        return queryClient.invalidateQueries({ queryKey: trpc.pathKey() });
      },
    }),
  );
  const errors = form.formState.errors;
  const confirm = useConfirm();

  const submit = form.handleSubmit((issueInput) => {
    // The resolver has checked every target is a number or empty.
    const targets = toTargets(form.getValues('targets')) as Record<string, number | null>;
    const action = { taskId, draftVersion, issue: issueInput, targets };
    confirm(
      {
        title: 'Ban hành kế hoạch?',
        content: issueConsequences(issueInput),
        okText: 'Ban hành kế hoạch',
      },
      () => issue.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) }),
    );
  });

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Ban hành kế hoạch">
      <div className="card-title">
        <h2>Ban hành kế hoạch</h2>
        <span className="muted">Ban hành bản dự thảo đã lưu (phiên bản {draftVersion})</span>
      </div>
      {imported && (
        <p className="muted" role="note">
          Số, ngày, người ký, nơi nhận và chỉ tiêu được điền sẵn từ văn bản đã nhập: hãy kiểm tra lại trước khi ban
          hành.
          {imported.unmappedTargets.length > 0 &&
            ` Chỉ tiêu chưa gắn với chỉ số nào của mẫu (hãy nhập tay nếu cần): ${imported.unmappedTargets.join('; ')}.`}
        </p>
      )}
      <div className="row">
        <Field label="Số, ký hiệu" error={errors.documentNumber?.message}>
          <input {...form.register('documentNumber')} placeholder="44/KH-UBND" />
        </Field>
        <Field label="Ngày ban hành" error={errors.issuedOn?.message}>
          <FormDateInput control={form.control} name="issuedOn" />
        </Field>
      </div>
      <div className="row">
        <Field label="Thẩm quyền ký" error={errors.signingCapacity?.message}>
          <select {...form.register('signingCapacity')}>
            <option value="TM.">TM. (thay mặt)</option>
            <option value="KT.">KT. (ký thay)</option>
            <option value="Q.">Q. (quyền)</option>
            <option value="TL.">TL. (thừa lệnh)</option>
            <option value="TUQ.">TUQ. (thừa ủy quyền)</option>
          </select>
        </Field>
        <Field label="Người ký" error={errors.signerName?.message}>
          <input {...form.register('signerName')} />
        </Field>
        <Field label="Chức vụ" error={errors.signerTitle?.message}>
          <input {...form.register('signerTitle')} placeholder="Phó Chủ tịch" />
        </Field>
      </div>
      <Field label="Nơi nhận" hint="Mỗi dòng một nơi nhận." error={errors.recipients?.message}>
        <textarea rows={4} {...form.register('recipients')} placeholder={'Như trên;\nLưu: VT.'} />
      </Field>
      <Field
        label="Hạn các đơn vị cấp dưới ban hành kế hoạch"
        hint="Để trống nếu không yêu cầu đơn vị cấp dưới xây dựng kế hoạch."
        error={errors.subPlanDueOn?.message}
      >
        <FormDateInput control={form.control} name="subPlanDueOn" />
      </Field>
      {subordinateLeadDays !== null && (
        <Field
          label="Đơn vị cấp dưới báo cáo trước hạn của đơn vị (ngày)"
          hint={`Theo mẫu: ${subordinateLeadDays} ngày.`}
          error={errors.leadDays?.message}
        >
          <input inputMode="numeric" {...form.register('leadDays')} className="input-short" />
        </Field>
      )}
      {indicators.length > 0 && <IssueTargetsField form={form} indicators={indicators} />}
      {focalCandidates.length > 0 && (
        <Field
          label="Đơn vị đầu mối tổng hợp báo cáo"
          hint="Đơn vị nhận, tổng hợp báo cáo của cấp dưới và làm sơ kết, tổng kết."
          error={errors.focalUnitId?.message}
        >
          <select {...form.register('focalUnitId')}>
            <option value="">Chính đơn vị ban hành</option>
            {focalCandidates.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <ErrorNotice error={issue.error} />
      <div className="actions">
        <button type="submit" disabled={issue.isPending}>
          {issue.isPending ? 'Đang ban hành…' : 'Ban hành'}
        </button>
        {onReturnDraft && (
          <button type="button" className="button-secondary" onClick={onReturnDraft}>
            Trả lại dự thảo
          </button>
        )}
      </div>
    </form>
  );
}
