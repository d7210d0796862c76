import type { FormDefinition, FormField } from '@cascade/forms';
import { z } from 'zod';

/** What a requester may ask, in words; each becomes one field of the report's form. */
export const questionKindLabels = {
  shortText: 'Trả lời ngắn',
  longText: 'Đoạn văn',
  number: 'Số',
  date: 'Ngày',
  yesNo: 'Có / Không',
} as const;
export type QuestionKind = keyof typeof questionKindLabels;

export const questionSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'Nhập nội dung câu hỏi')
    .max(300, 'Câu hỏi tối đa 300 ký tự')
    .transform((label) => label.normalize('NFC')),
  kind: z.enum(Object.keys(questionKindLabels) as [QuestionKind, ...QuestionKind[]], {
    message: 'Chọn loại câu trả lời',
  }),
  required: z.boolean(),
});
export type Question = z.output<typeof questionSchema>;

export const emptyQuestion = { label: '', kind: 'longText' as QuestionKind, required: false };

const yesNoOptions = [
  { value: 'yes', label: 'Có' },
  { value: 'no', label: 'Không' },
];

function fieldOf({ label, kind, required }: Question, key: string): FormField {
  if (kind === 'yesNo') return { kind: 'singleChoice', key, label, required, options: yesNoOptions };
  return { kind, key, label, required };
}

/** The form the units answer, the questions in the order asked; none when nothing is asked. */
export function formOfQuestions(questions: readonly Question[]): FormDefinition | undefined {
  if (questions.length === 0) return undefined;
  return { schemaVersion: 1, fields: questions.map((question, index) => fieldOf(question, `q${index + 1}`)) };
}
