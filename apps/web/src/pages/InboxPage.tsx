import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { hrefTo } from '../routes';
import { type CurrentUser, canDraftPlans } from '../session';
import { trpc } from '../trpc';
import { CreatePlanForm } from './CreatePlanForm';
import { InboxLane } from './InboxLane';
import './inbox.css';

export function InboxPage({ user }: { user: CurrentUser }) {
  const inbox = useQuery(trpc.tasks.workQueue.queryOptions());
  const [isCreating, setCreating] = useState(false);

  return (
    <section className="inbox">
      <div className="page-title">
        <h1>Việc cần làm</h1>
        {canDraftPlans(user) && !isCreating && (
          <span className="actions">
            <button type="button" onClick={() => setCreating(true)}>
              Tạo kế hoạch mới
            </button>
            <a href={hrefTo.importPlan()}>Nhập kế hoạch từ tệp</a>
          </span>
        )}
      </div>
      {isCreating && <CreatePlanForm onCancel={() => setCreating(false)} />}
      <ErrorNotice error={inbox.error} />
      {inbox.isPending && <p className="loading">Đang tải…</p>}
      {inbox.data && (
        <>
          <InboxLane title="Chờ tôi xử lý" groups={inbox.data.waitingForMe} empty="Không có việc nào chờ bạn." />
          <InboxLane
            title="Đang chờ người khác"
            groups={inbox.data.waitingForOthers}
            empty="Không có việc nào đang chờ người khác."
          />
          {inbox.data.notYetOpen.length > 0 && (
            <InboxLane title="Chưa đến kỳ báo cáo" groups={inbox.data.notYetOpen} empty="" />
          )}
          {inbox.data.done.length > 0 && (
            <InboxLane title="Đã xong hoặc đã kết thúc" groups={inbox.data.done} empty="" />
          )}
        </>
      )}
    </section>
  );
}
