import { type FileField, type FileValue, formatBytes } from '@cascade/forms';
import type { FileTransfer } from '@cascade/forms/react';
import { fileHref } from './fileHref';

/** Sends a chosen file to the server for a field of a task's form; the server checks its content and size again. */
export async function uploadFormFile(taskId: string, file: File, field: FileField): Promise<FileValue> {
  if (file.size > field.maxBytes)
    throw new Error(`Tệp vượt quá ${formatBytes(field.maxBytes)} cho phép; hãy chọn tệp nhỏ hơn hoặc nén lại.`);
  const query = new URLSearchParams({ taskId, field: field.key, name: file.name });
  const response = await fetch(`/files?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  }).catch(() => {
    throw new Error('Không kết nối được máy chủ. Vui lòng thử lại.');
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string } & Partial<FileValue>;
  if (!response.ok) throw new Error(body.error ?? 'Không tải được tệp lên. Vui lòng thử lại.');
  return body as FileValue;
}

/** Downloads and uploads for the forms of one task. */
export const fileTransferFor = (taskId: string): FileTransfer => ({
  hrefOf: fileHref,
  upload: (file, field) => uploadFormFile(taskId, file, field),
});
