import type { FileValue } from '@cascade/forms';

/** Where a stored file is downloaded from (kept apart from files.ts so the first page loads no form code). */
export const fileHref = (file: FileValue) => `/files/${encodeURIComponent(file.id)}`;
