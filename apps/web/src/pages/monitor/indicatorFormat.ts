const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export const formatFigure = (n: number | null) => (n === null ? '—' : numberFormat.format(n));
export const formatAchieved = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
export const levelNames = ['Đơn vị ban hành', 'Cấp dưới trực tiếp', 'Cấp thứ hai', 'Cấp thứ ba'];
export const levelName = (level: number) => levelNames[level] ?? `Cấp ${level}`;
