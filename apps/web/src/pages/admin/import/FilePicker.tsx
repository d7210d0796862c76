import { Button, Upload } from 'antd';
import { readAsBase64 } from './readFile';

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

/** Picks one file and keeps it in the page: nothing is sent before the administrator asks for a dry run. */
export function FilePicker({
  accept,
  label,
  onPick,
}: {
  accept: string;
  label: string;
  onPick(file: PickedFile): void;
}) {
  return (
    <Upload
      accept={accept}
      maxCount={1}
      showUploadList={false}
      beforeUpload={async (file) => {
        onPick({ fileName: file.name, contentBase64: await readAsBase64(file) });
        return false;
      }}
    >
      <Button>{label}</Button>
    </Upload>
  );
}
