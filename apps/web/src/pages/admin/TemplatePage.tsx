import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { hrefTo } from '../../routes';
import { queryClient, trpc } from '../../trpc';
import { useConfirm } from '../../useConfirm';
import { RoundPeriodWarnings } from './RoundPeriodWarnings';
import { SchedulePreview } from './SchedulePreview';
import { TemplateDefinitionView } from './TemplateDefinitionView';
import { TemplateEditor } from './TemplateEditor';
import { TemplateStateBadge } from './TemplateStateBadge';

/** One version: read-only; a draft can be published; any version can start a new one. */
export function TemplatePage({ templateId }: { templateId: string }) {
  const template = useQuery(trpc.admin.template.queryOptions({ id: templateId }));
  const [isEditing, setEditing] = useState(false);
  const confirm = useConfirm();
  const publish = useMutation(
    trpc.admin.publishTemplate.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.plans.templates.queryKey() }),
        ]),
    }),
  );
  if (template.isPending) return <p className="loading">Đang tải…</p>;
  if (template.isError) return <ErrorNotice error={template.error} />;
  const { name, version, publishedAt, definition } = template.data;

  return (
    <section>
      <p className="breadcrumb">
        <a href={hrefTo.adminTemplates()}>Mẫu kế hoạch</a> › Phiên bản {version}
      </p>
      <div className="page-title">
        <h1>{name}</h1>
        {!isEditing && (
          <div className="actions">
            {!publishedAt && (
              <button
                type="button"
                disabled={publish.isPending}
                onClick={() =>
                  confirm(
                    {
                      title: `Công bố phiên bản ${version}?`,
                      content:
                        'Phiên bản đã công bố không sửa được nữa; từ nay các kế hoạch mới tạo theo mẫu này dùng phiên bản này. Các kế hoạch đang chạy giữ phiên bản cũ.',
                      okText: 'Công bố phiên bản',
                    },
                    () => publish.mutate({ id: templateId }),
                  )
                }
              >
                Công bố
              </button>
            )}
            <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
              Tạo phiên bản mới
            </button>
          </div>
        )}
      </div>
      <p className="muted">
        Mã {templateId} · Phiên bản {version} · <TemplateStateBadge publishedAt={publishedAt} />
      </p>
      {publishedAt ? (
        <p className="muted">
          Phiên bản đã công bố không thể sửa; các kế hoạch mới dùng phiên bản này. Muốn thay đổi, hãy tạo phiên bản mới.
        </p>
      ) : (
        <p className="notice notice-warning">Bản nháp: chưa dùng được để tạo kế hoạch cho đến khi được công bố.</p>
      )}
      <ErrorNotice error={publish.error} />
      {isEditing ? (
        <TemplateEditor template={template.data} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <RoundPeriodWarnings rounds={definition.rounds} />
          <TemplateDefinitionView definition={definition} />
          <SchedulePreview templateId={templateId} />
        </>
      )}
    </section>
  );
}
