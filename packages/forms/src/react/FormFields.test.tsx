import { FormProvider, useForm } from 'react-hook-form';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultPlanForm } from '../defaultPlanForm';
import type { FormDefinition, FormValues } from '../definition';
import { emptyValuesFor } from '../emptyValues';
import { halfYearReportForm, pleikuReport } from '../testForms';
import { FormFields } from './FormFields';
import { FileTransferContext } from './fileTransfer';
import { FormValuesView } from './FormValuesView';

const units = [
  { id: 'gl-snv', name: 'Sở Nội vụ' },
  { id: 'gl-pleiku', name: 'Phường Pleiku' },
];

function Filled({ definition, values }: { definition: FormDefinition; values: FormValues }) {
  const form = useForm({ defaultValues: values });
  return (
    <FormProvider {...form}>
      <FormFields definition={definition} units={units} />
    </FormProvider>
  );
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replace(/\s+/g, ' ');

describe('the React renderer', () => {
  it('renders the plan form’s sections and its table of directives, one fieldset per row', () => {
    const values = {
      ...emptyValuesFor(defaultPlanForm),
      directives: [
        { number: '33/CT-TTg', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', title: 'Về công tác dân vận' },
      ],
    };
    const html = renderToStaticMarkup(<Filled definition={defaultPlanForm} values={values} />);
    for (const label of [
      'I. Mục đích, yêu cầu',
      'II. Nội dung, nhiệm vụ',
      'III. Tổ chức thực hiện',
      'Số hiệu',
      'Ngày ban hành',
      'Trích yếu',
    ])
      expect(html).toContain(label);
    expect(html).toContain('aria-label="Căn cứ 1"');
    expect(textOf(html)).toContain('Xóa căn cứ 1');
    expect(textOf(html)).toContain('Thêm căn cứ');
    expect(html).not.toContain('Căn cứ 2');
  });

  it('shows a conditional field only when its condition holds, and works the computed rate out as typed', () => {
    const shown = textOf(renderToStaticMarkup(<Filled definition={halfYearReportForm} values={pleikuReport} />));
    expect(shown).toContain('Đơn vị kiểm tra');
    expect(shown).toContain('Tỷ lệ kiến nghị được giải quyết 92,5 %');
    expect(shown).toContain('Phường Pleiku');
    const hidden = textOf(
      renderToStaticMarkup(<Filled definition={halfYearReportForm} values={{ ...pleikuReport, inspected: 'no' }} />),
    );
    expect(hidden).not.toContain('Đơn vị kiểm tra');
    expect(hidden).not.toContain('Ngày kiểm tra');
  });

  it('renders stored values as a document: sections, tables, facts and the attached file', () => {
    const html = renderToStaticMarkup(
      <FileTransferContext value={{ hrefOf: (file) => `/files/${file.id}` }}>
        <FormValuesView
          definition={halfYearReportForm}
          values={{ ...pleikuReport, petitionsResolvedRate: 92.5 }}
          units={units}
        />
      </FileTransferContext>,
    );
    const text = textOf(html);
    expect(text).toContain('Mô hình "Dân vận khéo" 2 mô hình');
    expect(text).toContain('Kinh phí đã sử dụng (triệu đồng) 12,5 triệu đồng');
    expect(text).toContain('Phường sạch, đẹp Văn hóa - xã hội 26/03/2024');
    expect(text).toContain('Hình thức tuyên truyền Hội nghị; Không gian mạng');
    expect(text).toContain('Đơn vị kiểm tra Sở Nội vụ');
    expect(html).toContain(`href="/files/${pleikuReport.minutes.id}" download="bien-ban.pdf"`);
  });

  it('still offers a file kept inline by older versions for download', () => {
    const minutes = { name: 'bien-ban.pdf', contentType: 'application/pdf', size: 5, dataBase64: 'JVBERi0=' };
    const html = renderToStaticMarkup(
      <FormValuesView definition={halfYearReportForm} values={{ ...pleikuReport, minutes }} units={units} />,
    );
    expect(html).toContain('href="data:application/pdf;base64,JVBERi0=" download="bien-ban.pdf"');
  });
});

describe('the document view of a form', () => {
  it('shows a section not yet written as "—", and leaves out a field hidden by its condition', () => {
    const text = textOf(renderToStaticMarkup(<FormValuesView definition={defaultPlanForm} values={{}} />));
    expect(text).toContain('I. Mục đích, yêu cầu — II. Nội dung, nhiệm vụ — III. Tổ chức thực hiện —');
    const report = textOf(
      renderToStaticMarkup(
        <FormValuesView
          definition={halfYearReportForm}
          values={{ ...pleikuReport, inspected: 'no', inspectedBy: undefined, inspectedOn: undefined }}
          units={units}
        />,
      ),
    );
    expect(report).not.toContain('Đơn vị kiểm tra');
    expect(report).toContain('Đã được kiểm tra trong kỳ Không');
  });
});
