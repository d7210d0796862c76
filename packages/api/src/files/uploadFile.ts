import { randomUUID } from 'node:crypto';
import {
  type Database,
  type ExternalContentStore,
  type FileReference,
  type Kysely,
  storeFile,
  type User,
} from '@cascade/db';
import { formatBytes } from '@cascade/forms';
import { TRPCError } from '@trpc/server';
import { requireActionableTask } from '../access';
import { detectContentType, labelOfContentType } from './contentType';
import { fileFieldsOf, formOfTask } from './fileFieldOfTask';

export interface FileUpload {
  taskId: string;
  /** The key of the form's file field the file is for: its size limit and accepted types apply. */
  fieldKey: string;
  name: string;
  bytes: Uint8Array;
}

/** Stores a file for a field of a task's form, once checked: the caller's task, the field's size and types. */
export async function uploadFile(
  db: Kysely<Database>,
  user: User,
  upload: FileUpload,
  external?: ExternalContentStore,
): Promise<FileReference> {
  const task = await requireActionableTask(db, user, upload.taskId);
  const field = fileFieldsOf(await formOfTask(db, task)).find((f) => f.key === upload.fieldKey);
  if (!field)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Biểu mẫu không có trường tệp này; hãy tải lại trang.' });
  if (upload.bytes.length === 0)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'Tệp rỗng; hãy chọn tệp có nội dung.' });
  if (upload.bytes.length > field.maxBytes)
    throw new TRPCError({
      code: 'PAYLOAD_TOO_LARGE',
      message: `Tệp vượt quá ${formatBytes(field.maxBytes)} cho phép; hãy chọn tệp nhỏ hơn hoặc nén lại.`,
    });
  const contentType = detectContentType(upload.bytes);
  if (!contentType || !field.accept.includes(contentType))
    throw new TRPCError({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `Nội dung tệp không phải loại được nhận (${field.accept.map(labelOfContentType).join(', ')}); hãy chọn tệp đúng loại.`,
    });
  return storeFile(
    db,
    {
      id: randomUUID(),
      name: fileNameOf(upload.name),
      contentType,
      bytes: upload.bytes,
      planId: task.planId,
      uploadedBy: user.id,
    },
    external,
  );
}

/** The name as the user sees it: no folders, no control characters, NFC, at most 255 characters. */
function fileNameOf(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
  const clean = [...base]
    .filter((c) => !isControl(c))
    .join('')
    .trim()
    .slice(0, 255);
  return clean || 'tep-dinh-kem';
}
