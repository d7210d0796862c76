import { DatabaseBusyError } from '@cascade/db';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { userErrorOf } from './userErrors';

const wrapped = (cause: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause });
const grpcError = (code: number, details: string) =>
  Object.assign(new Error(`${code} ${details}`), { code, details, metadata: {} });

describe('what a user sees of an error', () => {
  it('a lost database connection: 503, try again', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(userErrorOf(wrapped(refused))).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Hệ thống đang kết nối lại cơ sở dữ liệu, vui lòng thử lại sau ít giây.',
    });
    expect(userErrorOf(wrapped(new Error('Connection terminated unexpectedly')))?.code).toBe('SERVICE_UNAVAILABLE');
    const shuttingDown = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(userErrorOf(wrapped(shuttingDown))?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('no database connection free in time (a burst): 503 saying the system is busy, not that it is reconnecting', () => {
    const busy = new DatabaseBusyError('20 database connections in use and 500 requests waiting for one');
    expect(userErrorOf(wrapped(busy))).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message:
        'Hệ thống đang nhận quá nhiều yêu cầu cùng lúc nên chưa thực hiện yêu cầu của bạn, vui lòng thử lại sau ít giây.',
    });
  });

  it('Temporal unreachable, or an Update lost to a restart: 503, try again (never "Workflow Update failed")', () => {
    expect(userErrorOf(wrapped(grpcError(14, 'No connection established')))?.message).toBe(
      'Hệ thống đang khởi động lại bộ xử lý quy trình, vui lòng thử lại sau ít giây.',
    );
    const lost = new WorkflowUpdateFailedError('Workflow Update failed', new Error('update was rejected'));
    expect(userErrorOf(wrapped(lost))).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message:
        'Thao tác bị gián đoạn do hệ thống vừa khởi động lại, vui lòng thử lại: thao tác đã gửi sẽ không bị ghi hai lần.',
    });
  });

  it('anything unexpected: a Vietnamese 500 that says what to do, not the English message', () => {
    const shown = userErrorOf(wrapped(new TypeError("Cannot read properties of undefined (reading 'id')")));
    expect(shown).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message:
        'Hệ thống gặp lỗi khi xử lý yêu cầu, vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị hệ thống.',
    });
    expect(
      userErrorOf(new TRPCError({ code: 'NOT_FOUND', message: 'No procedure found on path "x.y"' }))?.message,
    ).toBe('Không có chức năng này, vui lòng tải lại trang (có thể ứng dụng vừa được cập nhật).');
    expect(userErrorOf(new TRPCError({ code: 'PARSE_ERROR', message: 'Unexpected token' }))?.message).toMatch(
      /tải lại trang/,
    );
  });

  it("the workflow's own refusals and the procedures' own messages are kept", () => {
    const refused = new WorkflowUpdateFailedError(
      'Workflow Update failed',
      ApplicationFailure.create({ message: 'Đã nộp' }),
    );
    expect(userErrorOf(new TRPCError({ code: 'CONFLICT', message: 'Đã nộp', cause: refused }))).toBeNull();
    expect(userErrorOf(new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy kế hoạch.' }))).toBeNull();
  });
});

it('input checks without a message of their own speak Vietnamese', async () => {
  await import('./trpc');
  const { z } = await import('zod');
  const result = z.object({ title: z.string().min(1) }).safeParse({ title: '' });
  expect(result.error?.issues[0]?.message).toBe('Quá nhỏ: mong đợi string có >=1 ký tự');
});
