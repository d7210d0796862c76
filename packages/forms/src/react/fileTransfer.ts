import { createContext, useContext } from 'react';
import type { FileField, FileValue } from '../definition';

/** How a form's files reach the server and come back: the app provides it, the form language knows no URLs. */
export interface FileTransfer {
  /** Stores the chosen file for this field; rejects with an Error whose message the user reads. */
  upload?: (file: File, field: FileField) => Promise<FileValue>;
  /** Where a stored file is downloaded from. */
  hrefOf?: (file: FileValue) => string;
}

export const FileTransferContext = createContext<FileTransfer>({});

export const useFileTransfer = () => useContext(FileTransferContext);
