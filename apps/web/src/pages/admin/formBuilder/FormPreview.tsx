import { emptyValuesFor, type FormDefinition, formDefinitionSchema } from '@cascade/forms';
import { FormFields } from '@cascade/forms/react';
import { type FieldValues, FormProvider, useForm, useWatch } from 'react-hook-form';
import { type BuilderForm, toFormDefinition } from './formBuilderValues';

/** What units will fill, as they will see it, while the form is being built. */
export function FormPreview({ name, title }: { name: string; title: string }) {
  const builder = useWatch<FieldValues>({ name }) as BuilderForm;
  const read = formDefinitionSchema.safeParse(toFormDefinition(builder));
  return (
    <section className="form-preview" aria-label={title}>
      <h3>{title}</h3>
      {builder.fields.length === 0 ? (
        <p className="muted">Chưa có câu hỏi nào.</p>
      ) : read.success ? (
        <PreviewForm key={JSON.stringify(read.data)} definition={read.data} />
      ) : (
        <p className="muted">Bản xem trước hiện khi biểu mẫu hợp lệ: {read.error.issues[0]?.message}</p>
      )}
    </section>
  );
}

function PreviewForm({ definition }: { definition: FormDefinition }) {
  const form = useForm({ defaultValues: emptyValuesFor(definition) });
  return (
    <FormProvider {...form}>
      <FormFields definition={definition} />
    </FormProvider>
  );
}
