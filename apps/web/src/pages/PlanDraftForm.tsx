import {
  emptyValuesFor,
  type FormDefinition,
  type FormValues,
  type PlanDraft,
  planDraftSchemaFor,
} from '@cascade/forms';
import { FileTransferContext, FormFields, type UnitOption } from '@cascade/forms/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { AutosaveStatus } from '../components/AutosaveStatus';
import { ErrorNotice } from '../components/ErrorNotice';
import { isConflict } from '../errors';
import { Field } from '../components/Field';
import { fileTransferFor } from '../files';
import { useIdempotencyKey } from '../idempotency';
import { queryClient, trpc } from '../trpc';
import { useAutosave } from '../useAutosave';

interface DraftedPlan {
  title: string;
  content: FormValues;
  draftVersion: number;
  /** The template's plan form, which the content is the values of. */
  form: FormDefinition;
  units: UnitOption[];
}

/** The form's values: the title beside the plan form's fields, blanks where nothing is drafted yet. */
const formValuesOf = (planForm: FormDefinition, title: string, content: FormValues): FormValues => ({
  ...emptyValuesFor(planForm),
  ...content,
  title,
});

export function PlanDraftForm({ taskId, plan }: { taskId: string; plan: DraftedPlan }) {
  const idempotency = useIdempotencyKey();
  const schema = useMemo(
    () => planDraftSchemaFor(plan.form, { unitIds: plan.units.map((u) => u.id) }),
    [plan.form, plan.units],
  );
  const form = useForm<FormValues, unknown, PlanDraft>({
    resolver: zodResolver(schema),
    defaultValues: formValuesOf(plan.form, plan.title, plan.content),
  });
  const autosave = useAutosave(form, { taskId, form: 'plan' });
  const save = useMutation(
    trpc.plans.saveDraft.mutationOptions({
      onSuccess: (_saved, { draft }) => {
        idempotency.succeeded();
        autosave.clear();
        const { title, ...content } = draft;
        form.reset(formValuesOf(plan.form, String(title), content));
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.tasks.get.queryKey({ taskId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
        ]);
      },
    }),
  );
  const errors = form.formState.errors;
  const files = useMemo(() => fileTransferFor(taskId), [taskId]);

  // After a CONFLICT the officer chooses to drop the edits and start again from the saved draft.
  const reloadSavedDraft = async () => {
    const latest = await queryClient.fetchQuery({ ...trpc.tasks.get.queryOptions({ taskId }), staleTime: 0 });
    if (latest.plan) form.reset(formValuesOf(latest.plan.form, latest.plan.title, latest.plan.content));
    save.reset();
  };

  const submit = form.handleSubmit(({ title, content }) => {
    const action = { taskId, baseVersion: plan.draftVersion, draft: { ...content, title } };
    save.mutate({ ...action, idempotencyKey: idempotency.keyFor(action) });
  });

  return (
    <FormProvider {...form}>
      <form className="card" onSubmit={submit} noValidate aria-label="Dự thảo kế hoạch">
        <div className="card-title">
          <h2>Dự thảo kế hoạch</h2>
          <span className="muted">
            {plan.draftVersion ? `Phiên bản đã lưu: ${plan.draftVersion}` : 'Chưa lưu dự thảo nào'}
          </span>
        </div>
        <Field
          label="Tên kế hoạch"
          error={typeof errors.title?.message === 'string' ? errors.title.message : undefined}
        >
          <input {...form.register('title')} />
        </Field>
        <FileTransferContext value={files}>
          <FormFields definition={plan.form} units={plan.units} />
        </FileTransferContext>
        <AutosaveStatus {...autosave} onDiscard={autosave.dropRestored} />
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
    </FormProvider>
  );
}
