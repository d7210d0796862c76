export { downloadFile } from './downloadFile';
export { uploadFile, type FileUpload } from './uploadFile';
export { withStoredFiles } from './storedFileReferences';
export { maxFileBytes as maxUploadBytes } from '@cascade/forms';
