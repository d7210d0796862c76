import { describe, expect, it } from 'vitest';
import { defaultPlanForm } from './defaultPlanForm';
import { emptyValuesFor } from './emptyValues';
import { indicatorsOf } from './indicators';
import { halfYearReportForm, pleikuReport } from './testForms';
import { valuesSchemaFor } from './values';

const context = { unitIds: ['gl-snv', 'gl-pleiku'] };
const report = valuesSchemaFor(halfYearReportForm, context);
const problemsOf = (values: unknown) =>
  report.safeParse(values).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('form values', () => {
  it('accepts a filled report, recomputing the rate whatever the browser sent', () => {
    expect(report.parse(pleikuReport)).toEqual({ ...pleikuReport, petitionsResolvedRate: 92.5 });
  });

  it('works a computed value out as null when an operand is missing or the divisor is zero', () => {
    expect(report.parse({ ...pleikuReport, petitionsReceived: 0 }).petitionsResolvedRate).toBeNull();
    expect(report.parse({ ...pleikuReport, petitionsReceived: null }).petitionsResolvedRate).toBeNull();
  });

  it('refuses values out of range, of the wrong kind, or not among the options, with Vietnamese messages', () => {
    expect(
      problemsOf({
        ...pleikuReport,
        skilledModels: 1.5,
        citizenReceptions: -1,
        budgetSpent: 'nhiều',
        activities: ['meetings', 'tv'],
        inspectedBy: 'hd-tan-viet',
        inspectedOn: '2024-02-30',
        contactPhone: '269382435',
      }),
    ).toEqual([
      'skilledModels: Mô hình "Dân vận khéo" phải là số nguyên',
      'citizenReceptions: Số buổi tiếp công dân không được nhỏ hơn 0',
      'budgetSpent: Kinh phí đã sử dụng (triệu đồng) phải là số',
      'activities: Hình thức tuyên truyền: lựa chọn không hợp lệ',
      'inspectedBy: Đơn vị kiểm tra: đơn vị không hợp lệ hoặc nằm ngoài phạm vi được chọn',
      'inspectedOn: Ngày kiểm tra: ngày không hợp lệ',
      'contactPhone: Số điện thoại gồm 10 chữ số, bắt đầu bằng 0',
    ]);
    expect(problemsOf({ ...pleikuReport, budgetSpent: 100_001 })).toEqual([
      'budgetSpent: Kinh phí đã sử dụng (triệu đồng) không được lớn hơn 100000',
    ]);
  });

  it('requires required fields, naming the section without its numeral', () => {
    expect(problemsOf({ ...pleikuReport, skilledModels: null, limitations: '   ', inspected: '' })).toEqual([
      'skilledModels: Mô hình "Dân vận khéo" không được để trống',
      'inspected: Đã được kiểm tra trong kỳ không được để trống',
      'limitations: Hạn chế, nguyên nhân không được để trống',
    ]);
  });

  it('drops hidden fields and does not require them', () => {
    const values = report.parse({ ...pleikuReport, inspected: 'no', inspectedBy: '', inspectedOn: 'không rõ' });
    expect(values).not.toHaveProperty('inspectedBy');
    expect(values).not.toHaveProperty('inspectedOn');
    expect(values.inspected).toBe('no');
  });

  it('refuses keys the form does not have, in the form and in table rows', () => {
    expect(problemsOf({ ...pleikuReport, score: 95, models: [{ ...pleikuReport.models[0], note: 'x' }] })).toEqual([
      'score: Trường "score" không có trong biểu mẫu',
      'models.0.note: Trường "note" không có trong biểu mẫu',
    ]);
  });

  it('checks each table row and the number of rows', () => {
    const rows = [{ name: '', field: 'sports', recognisedOn: '' }];
    expect(problemsOf({ ...pleikuReport, models: rows })).toEqual([
      'models.0.name: Tên mô hình không được để trống',
      'models.0.field: Lĩnh vực: lựa chọn không hợp lệ',
    ]);
    const many = Array.from({ length: 21 }, () => pleikuReport.models[0]);
    expect(problemsOf({ ...pleikuReport, models: many })).toEqual([
      'models: Danh sách mô hình "Dân vận khéo" có tối đa 20 dòng',
    ]);
    expect(
      report.parse({ ...pleikuReport, models: [{ name: 'Mô hình', field: 'economy', recognisedOn: '' }] }).models,
    ).toEqual([{ name: 'Mô hình', field: 'economy', recognisedOn: null }]);
  });

  it('keeps a reference to an attached file and refuses one too large, of another type or not a reference', () => {
    const minutes = pleikuReport.minutes;
    expect(report.parse(pleikuReport).minutes).toEqual(minutes);
    expect(problemsOf({ ...pleikuReport, minutes: { ...minutes, size: 1026 } })).toEqual([
      'minutes: Biên bản sơ kết: tệp vượt quá 1 KB',
    ]);
    expect(problemsOf({ ...pleikuReport, minutes: { ...minutes, contentType: 'image/png' } })).toEqual([
      'minutes: Biên bản sơ kết: loại tệp image/png không được phép (chỉ nhận application/pdf)',
    ]);
    expect(problemsOf({ ...pleikuReport, minutes: 'bien-ban.pdf' })).toEqual([
      'minutes: Biên bản sơ kết: tệp đính kèm không hợp lệ; hãy chọn lại tệp',
    ]);
  });

  it('asks for a file kept inline by older versions to be uploaded again, so no content rides in a workflow', () => {
    const inline = { name: 'bien-ban.pdf', contentType: 'application/pdf', size: 5, dataBase64: 'JVBERi0=' };
    expect(problemsOf({ ...pleikuReport, minutes: inline })).toEqual([
      'minutes: Biên bản sơ kết: tệp "bien-ban.pdf" cần được tải lên lại',
    ]);
  });

  it('normalises Vietnamese text to NFC and trims it', () => {
    const decomposed = ' Một số mô hình chưa được nhân rộng. '.normalize('NFD');
    expect(report.parse({ ...pleikuReport, limitations: decomposed }).limitations).toBe(
      'Một số mô hình chưa được nhân rộng.'.normalize('NFC'),
    );
  });

  it('reads the Gia Lai 2024 plan’s sections with the default plan form', () => {
    const plan = valuesSchemaFor(defaultPlanForm);
    const content = {
      directives: [
        {
          number: '44-KH/BCSĐ-BDVTU',
          date: '2024-01-30',
          issuer: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
          title: 'về thực hiện công tác dân vận chính quyền năm 2024',
        },
      ],
      purpose:
        'Tiếp tục đổi mới nội dung, phương thức thực hiện công tác dân vận trong cơ quan nhà nước, chính quyền các cấp.',
      tasks: 'Xây dựng ít nhất 02 mô hình "Dân vận khéo".',
      organization: 'Sở Nội vụ thường xuyên theo dõi, đôn đốc các cơ quan, đơn vị, địa phương.',
    };
    expect(plan.parse(content)).toEqual(content);
    expect(plan.safeParse({ ...content, purpose: '' }).error?.issues.map((i) => i.message)).toEqual([
      'Mục đích, yêu cầu không được để trống',
    ]);
    expect(
      plan
        .safeParse({ ...content, directives: [{ ...content.directives[0], date: '30/01/2024' }] })
        .error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['directives.0.date']);
  });

  it('lists the indicators, groups included, and the blank values of a form', () => {
    expect(indicatorsOf(halfYearReportForm)).toEqual([
      { key: 'skilledModels', label: 'Mô hình "Dân vận khéo"', aggregate: 'sum', target: 2, unit: 'mô hình' },
      { key: 'citizenReceptions', label: 'Số buổi tiếp công dân', aggregate: 'sum', target: null, unit: 'buổi' },
      {
        key: 'petitionsResolvedRate',
        label: 'Tỷ lệ kiến nghị được giải quyết',
        aggregate: 'average',
        target: 90,
        unit: '%',
      },
    ]);
    expect(emptyValuesFor(defaultPlanForm)).toEqual({ directives: [], purpose: '', tasks: '', organization: '' });
    expect(emptyValuesFor(halfYearReportForm)).toMatchObject({
      skilledModels: null,
      petitionsResolvedRate: null,
      models: [],
      activities: [],
      inspected: '',
      inspectedBy: '',
      minutes: null,
    });
  });

  it('refuses values that are not an object', () => {
    expect(problemsOf([1, 2])).toEqual([': Dữ liệu biểu mẫu không hợp lệ']);
  });
});
