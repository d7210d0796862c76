import { type Kysely, sql } from 'kysely';

/** The plan form every plan was drafted in before templates carried their own, frozen here as it was. */
const planFormBeforeTemplatesHadOne = {
  schemaVersion: 1,
  fields: [
    {
      kind: 'table',
      key: 'directives',
      label: 'Căn cứ',
      rowLabel: 'Căn cứ',
      maxRows: 50,
      help: 'Các văn bản cấp trên mà kế hoạch triển khai (Chỉ thị, kế hoạch của cấp trên…).',
      columns: [
        { kind: 'shortText', key: 'number', label: 'Số hiệu', required: true, maxLength: 100 },
        { kind: 'date', key: 'date', label: 'Ngày ban hành', required: true },
        { kind: 'shortText', key: 'issuer', label: 'Cơ quan ban hành', required: true, maxLength: 300 },
        { kind: 'shortText', key: 'title', label: 'Trích yếu', required: true, maxLength: 1000 },
      ],
    },
    { kind: 'longText', key: 'purpose', label: 'I. Mục đích, yêu cầu', required: true },
    { kind: 'longText', key: 'tasks', label: 'II. Nội dung, nhiệm vụ', required: true },
    { kind: 'longText', key: 'organization', label: 'III. Tổ chức thực hiện', required: true },
  ],
};

/** Templates saved before they carried a plan form get the one their plans were drafted in. */
export async function up(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('templates')
    .set({
      definition: sql`jsonb_set(definition, '{planForm}', ${JSON.stringify(planFormBeforeTemplatesHadOne)}::jsonb)`,
    })
    .where(sql<boolean>`not (definition ? 'planForm')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('templates')
    .set({ definition: sql`definition - 'planForm'` })
    .execute();
}
