import type { ReviewKind } from '@cascade/domain';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '../../components/Field';
import type { ReportFormValues } from './reportFormValues';
import { reviewLabels } from './roundLabels';

interface ReviewFieldsProps {
  kind: ReviewKind;
  register: UseFormRegister<ReportFormValues>;
  errors: FieldErrors<ReportFormValues>['review'];
}

export function ReviewFields({ kind, register, errors }: ReviewFieldsProps) {
  return (
    <fieldset className="review">
      <legend>Đánh giá {reviewLabels[kind].toLowerCase()}</legend>
      <Field label="Kết quả so với chỉ tiêu" error={errors?.results?.message}>
        <textarea rows={4} {...register('review.results')} />
      </Field>
      <Field label="Hạn chế" error={errors?.limitations?.message}>
        <textarea rows={3} {...register('review.limitations')} />
      </Field>
      <Field label="Đề xuất" error={errors?.proposals?.message}>
        <textarea rows={3} {...register('review.proposals')} />
      </Field>
      <Field label="Điểm tự chấm (0–100)" error={errors?.selfScore?.message}>
        <input {...register('review.selfScore')} inputMode="decimal" className="input-short" />
      </Field>
      <Field
        label="Đề nghị khen thưởng"
        hint="Mỗi dòng một đề nghị (tập thể hoặc cá nhân)."
        error={errors?.commendations?.message}
      >
        <textarea rows={3} {...register('review.commendations')} />
      </Field>
    </fieldset>
  );
}
