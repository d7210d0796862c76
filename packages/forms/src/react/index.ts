export { FormFields } from './FormFields';
export { FormValuesView } from './FormValuesView';
export type { UnitOption } from './unitOptions';
export { FileTransferContext, type FileTransfer } from './fileTransfer';
export { DateInputContext, type DateInputProps } from './dateInput';
