import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { FileField, FileValue } from '../definition';
import { formatBytes } from '../fieldValues';
import { FieldFrame } from './FieldFrame';
import { FileLink } from './FileLink';
import { useFileTransfer } from './fileTransfer';

/** Uploads a chosen file at once; the form's values keep only the server's reference to it. */
export function FileInput({ field, name }: { field: FileField; name: string }) {
  const { control } = useFormContext();
  const { upload } = useFileTransfer();
  const [uploading, setUploading] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: control }) => {
        const current = control.value as FileValue | null | undefined;
        const choose = async (file: File | undefined) => {
          setFailure(null);
          if (!file) return;
          if (!upload) return setFailure('Không tải được tệp lên ở trang này.');
          setUploading(file.name);
          try {
            control.onChange(await upload(file, field));
          } catch (error) {
            setFailure(error instanceof Error ? error.message : 'Không tải được tệp lên. Vui lòng thử lại.');
          } finally {
            setUploading(null);
          }
        };
        return (
          <>
            <FieldFrame
              name={name}
              label={field.label}
              help={field.help ?? `Tối đa ${formatBytes(field.maxBytes)}; loại tệp: ${field.accept.join(', ')}`}
              required={field.required}
            >
              <input
                type="file"
                accept={field.accept.join(',')}
                disabled={uploading !== null}
                onBlur={control.onBlur}
                onChange={(e) => {
                  void choose(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </FieldFrame>
            {uploading && (
              <p className="file-current" role="status">
                Đang tải lên {uploading}…
              </p>
            )}
            {failure && (
              <p className="field-error" role="alert">
                {failure}
              </p>
            )}
            {current && (
              <p className="file-current">
                Tệp đã chọn: <FileLink file={current} text={`${current.name} (${formatBytes(current.size)})`} />{' '}
                <button type="button" className="button-link" onClick={() => control.onChange(null)}>
                  Bỏ tệp
                </button>
              </p>
            )}
          </>
        );
      }}
    />
  );
}
