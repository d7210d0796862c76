import { formatPercent, formatVnNumber } from '../../numbers';

export const formatFigure = (n: number | null) => (n === null ? '—' : formatVnNumber(n));
export const formatAchieved = (n: number | null) => (n === null ? '—' : formatPercent(n));
export const levelNames = ['Đơn vị ban hành', 'Cấp dưới trực tiếp', 'Cấp thứ hai', 'Cấp thứ ba'];
export const levelName = (level: number) => levelNames[level] ?? `Cấp ${level}`;
