import { unitKinds, vnDateOf } from '@cascade/domain';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { unitKindLabels } from '@cascade/domain';
import { errorMessage } from '../../../errors';
import { queryClient, trpc } from '../../../trpc';
import { FormItemDateInput } from '../../../components/VnDateInput';

interface UnitData {
  id: string;
  name: string;
  kind: (typeof unitKinds)[number];
  code: string | null;
  abbreviation: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  effectiveTo: string | null;
}

type Action = 'edit' | 'add' | 'close' | 'reopen' | null;
const titles = {
  edit: 'Sửa đơn vị',
  add: 'Thêm đơn vị trực thuộc',
  close: 'Cho thôi hoạt động',
  reopen: 'Cho hoạt động lại',
};

/** Rename or re-describe, add a subordinate unit, close or re-open — each from an effective date. */
export function UnitActions({ unit }: { unit: UnitData }) {
  const [action, setAction] = useState<Action>(null);
  const [form] = Form.useForm();
  const done = () => {
    setAction(null);
    void queryClient.invalidateQueries({ queryKey: trpc.units.pathKey() });
  };
  const update = useMutation(trpc.units.update.mutationOptions({ onSuccess: done }));
  const create = useMutation(trpc.units.create.mutationOptions({ onSuccess: done }));
  const close = useMutation(trpc.units.close.mutationOptions({ onSuccess: done }));
  const reopen = useMutation(trpc.units.reopen.mutationOptions({ onSuccess: done }));
  const error = update.error ?? create.error ?? close.error ?? reopen.error;
  const open = (next: Action) => {
    form.resetFields();
    form.setFieldsValue(
      next === 'edit'
        ? { ...unit, effectiveOn: vnDateOf(new Date()) }
        : { effectiveOn: vnDateOf(new Date()), kind: 'department' },
    );
    setAction(next);
  };
  const submit = (v: Record<string, string>) => {
    const contact = {
      code: v.code ?? null,
      address: v.address ?? null,
      phone: v.phone ?? null,
      email: v.email ?? null,
    };
    if (action === 'edit')
      update.mutate({
        id: unit.id,
        name: v.name,
        kind: v.kind as UnitData['kind'],
        abbreviation: v.abbreviation,
        ...contact,
        effectiveOn: v.effectiveOn!,
      });
    if (action === 'add')
      create.mutate({
        parentId: unit.id,
        name: v.name!,
        kind: v.kind as UnitData['kind'],
        abbreviation: v.abbreviation!,
        ...contact,
        effectiveFrom: v.effectiveOn!,
      });
    if (action === 'close') close.mutate({ id: unit.id, effectiveOn: v.effectiveOn! });
    if (action === 'reopen') reopen.mutate({ id: unit.id, effectiveOn: v.effectiveOn! });
  };
  const describes = action === 'edit' || action === 'add';
  return (
    <>
      <Space wrap>
        <Button onClick={() => open('edit')}>Sửa</Button>
        <Button onClick={() => open('add')}>Thêm đơn vị trực thuộc</Button>
        {unit.effectiveTo ? (
          <Button onClick={() => open('reopen')}>Cho hoạt động lại</Button>
        ) : (
          <Button danger onClick={() => open('close')}>
            Cho thôi hoạt động
          </Button>
        )}
      </Space>
      <Modal
        open={action !== null}
        title={action ? titles[action] : ''}
        okText="Lưu"
        cancelText="Hủy"
        onOk={() => form.submit()}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} aria-label={action ? titles[action] : undefined}>
          {describes && (
            <>
              <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, message: 'Nhập tên đơn vị' }]}>
                <Input />
              </Form.Item>
              <Form.Item label="Loại" name="kind">
                <Select options={unitKinds.map((k) => ({ value: k, label: unitKindLabels[k] }))} />
              </Form.Item>
              <Form.Item label="Mã" name="code">
                <Input />
              </Form.Item>
              <Form.Item
                label="Chữ viết tắt (trong số văn bản)"
                name="abbreviation"
                rules={[{ required: true, message: 'Nhập chữ viết tắt' }]}
              >
                <Input />
              </Form.Item>
              <Form.Item label="Địa chỉ" name="address">
                <Input />
              </Form.Item>
              <Form.Item label="Điện thoại" name="phone">
                <Input />
              </Form.Item>
              <Form.Item label="Thư điện tử" name="email">
                <Input />
              </Form.Item>
            </>
          )}
          <Form.Item
            label="Có hiệu lực từ ngày"
            name="effectiveOn"
            rules={[{ required: true, message: 'Chọn ngày có hiệu lực' }]}
          >
            <FormItemDateInput />
          </Form.Item>
          {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        </Form>
      </Modal>
    </>
  );
}
