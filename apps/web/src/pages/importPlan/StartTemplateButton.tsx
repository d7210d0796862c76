import { useMutation } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { TRPCClientError } from '@trpc/client';
import { errorMessage } from '../../errors';
import { hrefTo, navigate } from '../../routes';
import { queryClient, trpc, trpcClient } from '../../trpc';
import type { ImportResult } from './importTypes';
import { importedTemplateSlug, templateFromImport } from './templateFromImport';

/** An administrator starts a template from the plan: an unpublished version, opened in the template editor. */
export function StartTemplateButton({
  result,
  baseTemplateId,
  title,
}: {
  result: ImportResult;
  baseTemplateId: string | undefined;
  title: string;
}) {
  const start = useMutation({
    mutationFn: async () => {
      if (!baseTemplateId)
        throw new Error('Chọn mẫu kế hoạch làm gốc (biểu mẫu, cách phân cấp) trước khi tạo mẫu mới.');
      const base = await trpcClient.admin.template.query({ id: baseTemplateId });
      const name = `Mẫu theo kế hoạch: ${title.trim() || result.draft.title || 'văn bản đã nhập'}`.slice(0, 300);
      return trpcClient.admin.saveTemplate.mutate({
        slug: importedTemplateSlug(Date.now()),
        name: name.normalize('NFC'),
        definition: templateFromImport(base.definition, result),
      });
    },
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: trpc.admin.templates.queryKey() });
      navigate(hrefTo.adminTemplate(id));
    },
  });
  return (
    <>
      <Button onClick={() => start.mutate()} loading={start.isPending}>
        Bắt đầu mẫu kế hoạch từ văn bản này
      </Button>
      {start.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={start.error instanceof TRPCClientError ? errorMessage(start.error) : start.error.message}
        />
      )}
    </>
  );
}
