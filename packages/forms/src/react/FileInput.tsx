import { Controller, useFormContext } from 'react-hook-form';
import type { FileField, FileValue } from '../definition';
import { formatBytes } from '../fieldValues';
import { FieldFrame } from './FieldFrame';

/** Reads a chosen file into the form's values, inline, so it is saved with them. */
export function FileInput({ field, name }: { field: FileField; name: string }) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: control }) => {
        const current = control.value as FileValue | null | undefined;
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
                onBlur={control.onBlur}
                onChange={async (e) => control.onChange(await readFileValue(e.target.files?.[0]))}
              />
            </FieldFrame>
            {current && (
              <p className="file-current">
                Tệp đã chọn: {current.name} ({formatBytes(current.size)}){' '}
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

async function readFileValue(file: File | undefined): Promise<FileValue | null> {
  if (!file) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, contentType: file.type, size: file.size, dataBase64: btoa(binary) };
}
