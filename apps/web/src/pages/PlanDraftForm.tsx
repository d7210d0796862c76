import { planDraftSchema } from '@cascade/forms';
import type { PlanContent } from '@cascade/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ErrorNotice } from '../components/ErrorNotice';
import { isConflict } from '../errors';
import { Field } from '../components/Field';
import { useIdempotencyKey } from '../idempotency';
import { queryClient, trpc } from '../trpc';
import { DirectivesField } from './DirectivesField';

interface DraftedPlan {
  title: string;
  content: PlanContent;
  draftVersion: number;
}

export function PlanDraftForm({ taskId, plan }: { taskId: string; plan: DraftedPlan }) {
  const idempotency = useIdempotencyKey();
  const form = useForm({
    resolver: zodResolver(planDraftSchema),
    defaultValues: { title: plan.title, ...plan.content },
  });
  const save = useMutation(
    trpc.plans.saveDraft.mutationOptions({
      onSuccess: (_saved, { draft }) => {
        idempotency.succeeded();
        form.reset(draft);
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
        ]);
      },
    }),
  );
  const errors = form.formState.errors;

  // After a CONFLICT the officer chooses to drop the edits and start again from the saved draft.
  const reloadSavedDraft = async () => {
    const latest = await queryClient.fetchQuery({ ...trpc.tasks.get.queryOptions({ taskId }), staleTime: 0 });
    if (latest.plan) form.reset({ title: latest.plan.title, ...latest.plan.content });
    save.reset();
  };

  const submit = form.handleSubmit((draft) => {
    const action = { taskId, baseVersion: plan.draftVersion, draft };
    save.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) });
  });

  return (
    <form className="card" onSubmit={submit} noValidate aria-label="Dự thảo kế hoạch">
      <div className="card-title">
        <h2>Dự thảo kế hoạch</h2>
        <span className="muted">{plan.draftVersion ? `Phiên bản đã lưu: ${plan.draftVersion}` : 'Chưa lưu dự thảo nào'}</span>
      </div>
      <Field label="Tên kế hoạch" error={errors.title?.message}>
        <input {...form.register('title')} />
      </Field>
      <DirectivesField control={form.control} register={form.register} errors={errors.directives} />
      <Field label="I. Mục đích, yêu cầu" error={errors.purpose?.message}>
        <textarea rows={6} {...form.register('purpose')} />
      </Field>
      <Field label="II. Nội dung, nhiệm vụ" error={errors.tasks?.message}>
        <textarea rows={10} {...form.register('tasks')} />
      </Field>
      <Field label="III. Tổ chức thực hiện" error={errors.organization?.message}>
        <textarea rows={6} {...form.register('organization')} />
      </Field>
      <ErrorNotice error={save.error} />
      {isConflict(save.error) && (
        <button type="button" className="button-secondary" onClick={reloadSavedDraft}>
          Tải lại dự thảo đã lưu
        </button>
      )}
      {save.isSuccess && !form.formState.isDirty && (
        <p className="notice notice-success" role="status">
          Đã lưu dự thảo (phiên bản {save.data.version}).
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Đang lưu…' : 'Lưu dự thảo'}
        </button>
      </div>
    </form>
  );
}
