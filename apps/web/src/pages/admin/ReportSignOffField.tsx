import { Checkbox } from 'antd';
import { type Control, Controller } from 'react-hook-form';
import type { TemplateFormValues } from './templateFormValues';

/** The template's option: a unit's report goes to its leader for sign-off before it is sent. */
export function ReportSignOffField({ control }: { control: Control<TemplateFormValues, unknown, unknown> }) {
  return (
    <fieldset>
      <legend>Ký duyệt báo cáo</legend>
      <Controller
        control={control}
        name="reportSignOff"
        render={({ field }) => (
          <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur}>
            Báo cáo phải được lãnh đạo đơn vị ký duyệt trước khi gửi
          </Checkbox>
        )}
      />
      <p className="muted">
        Chuyên viên trình báo cáo cho lãnh đạo đơn vị; báo cáo chỉ được gửi tới đơn vị nhận khi lãnh đạo ký duyệt.
      </p>
    </fieldset>
  );
}
