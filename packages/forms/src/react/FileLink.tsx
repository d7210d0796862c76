import type { FileValue, InlineFileValue } from '../definition';
import { isFileValue, isInlineFileValue } from '../fieldValues';
import { useFileTransfer } from './fileTransfer';

/** A link that downloads an attached file: from the server, or from the value itself for a file kept inline. */
export function FileLink({ file, text }: { file: FileValue | InlineFileValue; text: string }) {
  const { hrefOf } = useFileTransfer();
  if (isInlineFileValue(file))
    return (
      <a href={`data:${file.contentType};base64,${file.dataBase64}`} download={file.name}>
        {text}
      </a>
    );
  if (!isFileValue(file) || !hrefOf) return <>{text}</>;
  return (
    <a href={hrefOf(file)} download={file.name}>
      {text}
    </a>
  );
}
