import { Card, List } from 'antd';
import { InboxTaskItem } from './InboxTaskItem';
import type { InboxGroup } from './inboxTypes';

/** One half of the inbox: its tasks grouped by plan, each group a card, the earliest due first. */
export function InboxLane({ title, groups, empty }: { title: string; groups: InboxGroup[]; empty: string }) {
  const count = groups.reduce((n, g) => n + g.tasks.length, 0);
  return (
    <section className="inbox-lane" aria-label={title}>
      <h2>
        {title} <span className="muted">({count})</span>
      </h2>
      {count === 0 && <p className="empty">{empty}</p>}
      {groups.map((group) => (
        <Card
          key={group.planId}
          size="small"
          className="inbox-group"
          title={<span className="inbox-group-title">{`${group.title} · ${group.year}`}</span>}
        >
          <List dataSource={group.tasks} rowKey="id" renderItem={(task) => <InboxTaskItem task={task} />} />
        </Card>
      ))}
    </section>
  );
}
