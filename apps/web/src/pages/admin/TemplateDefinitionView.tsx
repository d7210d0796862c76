import { Fragment } from 'react';
import { approverRoleLabels, unitKindLabels } from '@cascade/domain';
import { formatIndicatorValue } from '../../numbers';
import { reviewLabels } from '../report/roundLabels';
import { FormOutline } from './FormOutline';
import type { TemplateDefinition } from './adminTypes';
import { aggregateLabels, cascadeRulesOf, describeDue, periodLabels, workingDayAdjustLabels } from './templateLabels';

export function TemplateDefinitionView({ definition }: { definition: TemplateDefinition }) {
  return (
    <div className="document" aria-label="Nội dung mẫu">
      <section className="card">
        <h2>Triển khai và thời hạn</h2>
        <dl className="facts">
          {cascadeRulesOf(definition.cascade).map(({ issuerKind, subordinateKinds }) => (
            <Fragment key={issuerKind}>
              <dt>Khi {unitKindLabels[issuerKind]} ban hành</dt>
              <dd>
                Cấp dưới xây dựng kế hoạch: {subordinateKinds.map((kind) => unitKindLabels[kind]).join(', ') || '—'}
              </dd>
            </Fragment>
          ))}
          <dt>Hạn kế hoạch cấp dưới các cấp tiếp theo</dt>
          <dd>{definition.lowerLevelDays} ngày sau khi cấp trên ban hành</dd>
          <dt>Mỗi cấp nộp trước cấp trên</dt>
          <dd>{definition.leadDays} ngày</dd>
          <dt>Hạn rơi vào ngày nghỉ</dt>
          <dd>{workingDayAdjustLabels[definition.workingDayAdjust]}</dd>
          <dt>Ký duyệt báo cáo</dt>
          <dd>
            {definition.reportSignOff
              ? 'Báo cáo phải được lãnh đạo đơn vị ký duyệt trước khi gửi'
              : 'Chuyên viên gửi báo cáo trực tiếp'}
          </dd>
          <dt>Nhắc hạn</dt>
          <dd>
            {definition.remindDaysBefore.length
              ? `${definition.remindDaysBefore.join(', ')} ngày trước hạn`
              : 'Không nhắc'}
          </dd>
        </dl>
      </section>
      <section className="card">
        <h2>Kỳ báo cáo</h2>
        <table className="table" aria-label="Kỳ báo cáo của mẫu">
          <thead>
            <tr>
              <th>Mã</th>
              <th>Tên kỳ</th>
              <th>Kỳ</th>
              <th>Hạn nộp</th>
              <th>Sơ kết, tổng kết</th>
            </tr>
          </thead>
          <tbody>
            {definition.rounds.map((round) => (
              <tr key={round.key}>
                <td>{round.key}</td>
                <td>{round.label}</td>
                <td>
                  {periodLabels[round.period]}
                  {round.index ? ` thứ ${round.index}` : ''}
                </td>
                <td>{describeDue(round)}</td>
                <td>{round.review ? reviewLabels[round.review] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>Chỉ tiêu</h2>
        <table className="table" aria-label="Chỉ tiêu của mẫu">
          <thead>
            <tr>
              <th>Mã</th>
              <th>Tên chỉ tiêu</th>
              <th>Cách tổng hợp</th>
              <th className="number">Chỉ tiêu</th>
            </tr>
          </thead>
          <tbody>
            {definition.indicators.map((indicator) => (
              <tr key={indicator.key}>
                <td>{indicator.key}</td>
                <td>{indicator.label}</td>
                <td>{aggregateLabels[indicator.aggregate]}</td>
                <td className="number">{formatIndicatorValue(indicator.target)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2>Các bước duyệt dự thảo</h2>
        {definition.approvalSteps?.length ? (
          <table className="table" aria-label="Các bước duyệt dự thảo của mẫu">
            <thead>
              <tr>
                <th>Bước</th>
                <th>Mã</th>
                <th>Tên bước</th>
                <th>Người duyệt</th>
              </tr>
            </thead>
            <tbody>
              {definition.approvalSteps.map((step, index) => (
                <tr key={step.key}>
                  <td>{index + 1}</td>
                  <td>{step.key}</td>
                  <td>{step.label}</td>
                  <td>{approverRoleLabels[step.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Không có bước duyệt: lãnh đạo ban hành ngay bản dự thảo đã lưu.</p>
        )}
      </section>
      <section className="card">
        <h2>Biểu mẫu kế hoạch</h2>
        <FormOutline form={definition.planForm} label="Các trường của biểu mẫu kế hoạch" />
      </section>
      <section className="card">
        <h2>Nội dung báo cáo</h2>
        {definition.reportForm ? (
          <FormOutline form={definition.reportForm} />
        ) : (
          <p className="muted">
            Báo cáo chỉ gồm số liệu chỉ tiêu và thuyết minh (cùng phần đánh giá ở kỳ sơ kết, tổng kết).
          </p>
        )}
      </section>
    </div>
  );
}
