import { describe, expect, it } from 'vitest';
import { summarizeStatuses, taskStatus, taskStatusLabels } from './status';
import { endOfVnDay } from './time';

const dueAt = endOfVnDay('2024-05-10');
const justAfter = new Date(dueAt.getTime() + 1);

describe('taskStatus', () => {
  it('is pending until 23:59 of 10/05/2024 and overdue from 00:00 of 11/05/2024', () => {
    expect(taskStatus({ dueAt, completedAt: null }, new Date('2024-05-01T02:00:00Z'))).toBe('pending');
    expect(taskStatus({ dueAt, completedAt: null }, dueAt)).toBe('pending');
    expect(taskStatus({ dueAt, completedAt: null }, justAfter)).toBe('overdue');
  });

  it('is onTime when completed by the due instant and late after it, whatever the time now', () => {
    const later = new Date('2024-12-31T00:00:00Z');
    expect(taskStatus({ dueAt, completedAt: dueAt }, later)).toBe('onTime');
    expect(taskStatus({ dueAt, completedAt: justAfter }, later)).toBe('late');
  });
});

describe('taskStatusLabels', () => {
  it('uses the four Vietnamese categories, NFC-normalised', () => {
    expect(taskStatusLabels).toEqual({
      pending: 'Đang thực hiện trong hạn',
      overdue: 'Quá hạn chưa hoàn thành',
      onTime: 'Hoàn thành đúng hạn',
      late: 'Hoàn thành quá hạn',
    });
    for (const label of Object.values(taskStatusLabels)) expect(label).toBe(label.normalize('NFC'));
  });
});

describe('summarizeStatuses', () => {
  it('computes completeness = submitted ÷ expected and timeliness = on time ÷ expected', () => {
    expect(summarizeStatuses(['onTime', 'onTime', 'late', 'overdue', 'pending'])).toEqual({
      expected: 5,
      submitted: 3,
      onTime: 2,
      late: 1,
      overdue: 1,
      pending: 1,
      completeness: 0.6,
      timeliness: 0.4,
    });
  });

  it('reports completeness and timeliness of 0, not 1, when no report is expected', () => {
    expect(summarizeStatuses([])).toMatchObject({ expected: 0, submitted: 0, completeness: 0, timeliness: 0 });
  });
});
