/** A grade band: scores at or above `minScore` (out of 100) earn `grade`. */
export interface GradeBand {
  minScore: number;
  grade: string;
}

/** The usual bands of Vietnamese annual assessments, best first. */
export const defaultGradeBands: GradeBand[] = [
  { minScore: 90, grade: 'Hoàn thành xuất sắc nhiệm vụ' },
  { minScore: 70, grade: 'Hoàn thành tốt nhiệm vụ' },
  { minScore: 50, grade: 'Hoàn thành nhiệm vụ' },
  { minScore: 0, grade: 'Không hoàn thành nhiệm vụ' },
];

export function gradeOf(score: number, bands: readonly GradeBand[] = defaultGradeBands): string {
  const band = [...bands].sort((a, b) => b.minScore - a.minScore).find((b) => score >= b.minScore);
  if (!band) throw new RangeError(`No grade band covers the score ${score}`);
  return band.grade;
}
