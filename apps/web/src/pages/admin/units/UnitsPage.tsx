import { vnDateOf } from '@cascade/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Input, List, Row, Space, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { hrefTo, navigate } from '../../../routes';
import { trpc } from '../../../trpc';
import { UnitDetail } from './UnitDetail';
import { buildUnitTree, searchUnits } from './unitTree';
import { VnDateInput } from '../../../components/VnDateInput';

/** The hierarchy the administrator manages, as it stood on a chosen day, searchable with or without diacritics. */
export function UnitsPage({ selectedId }: { selectedId?: string }) {
  const [asOf, setAsOf] = useState(vnDateOf(new Date()));
  const [search, setSearch] = useState('');
  const tree = useQuery(trpc.units.tree.queryOptions({ asOf }));
  const nodes = useMemo(() => (tree.data ? buildUnitTree(tree.data.units, tree.data.rootId) : []), [tree.data]);
  const found = useMemo(
    () => (tree.data && search.trim() ? searchUnits(tree.data.units, search) : []),
    [tree.data, search],
  );
  const nameOf = useMemo(() => new Map(tree.data?.units.map((u) => [u.id, u.name])), [tree.data]);
  const select = (id: string) => navigate(hrefTo.adminUnits(id));

  return (
    <section>
      <h1>Đơn vị</h1>
      <Space wrap style={{ marginBottom: 16 }}>
        <label>
          Xem cây đơn vị tại ngày <VnDateInput value={asOf} onChange={(day) => day && setAsOf(day)} />
        </label>
        <Input.Search
          aria-label="Tìm đơn vị"
          placeholder="Tìm theo tên (có dấu hoặc không dấu) hoặc mã"
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 360 }}
        />
      </Space>
      <ErrorNotice error={tree.error} />
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={search.trim() ? `Kết quả tìm (${found.length})` : `${tree.data?.units.length ?? 0} đơn vị`}
          >
            {search.trim() ? (
              <List
                aria-label="Kết quả tìm đơn vị"
                size="small"
                dataSource={found.slice(0, 200)}
                renderItem={(u) => (
                  <List.Item key={u.id}>
                    <a href={hrefTo.adminUnits(u.id)}>{u.name}</a>
                    <span className="muted">{u.parentId ? nameOf.get(u.parentId) : ''}</span>
                  </List.Item>
                )}
              />
            ) : (
              nodes.length > 0 && (
                <Tree
                  aria-label="Cây đơn vị"
                  treeData={nodes}
                  height={560}
                  defaultExpandedKeys={[nodes[0]!.key]}
                  selectedKeys={selectedId ? [selectedId] : []}
                  onSelect={(keys) => keys[0] !== undefined && select(String(keys[0]))}
                />
              )
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {selectedId ? (
            <UnitDetail key={selectedId} unitId={selectedId} />
          ) : (
            <p className="muted">Chọn một đơn vị để xem chi tiết, lịch sử và người dùng.</p>
          )}
        </Col>
      </Row>
    </section>
  );
}
