export { downloadFile } from './downloadFile';
export { uploadFile } from './uploadFile';
export { withStoredFiles } from './storedFileReferences';
export { maxFileBytes as maxUploadBytes } from '@cascade/forms';
