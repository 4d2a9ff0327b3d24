import { CheckOutlined, CloseOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { IncidentDetail, IncidentTask, IncidentTaskStatus } from '@shouwang/contracts';
import { App, Button, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../lib/api-error';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNow } from '../../../lib/use-now';
import { useHasPermission } from '../../auth/use-current-user';
import { useUpdateTask } from '../api/incident-steps';
import { TASK_STATUS_TAG, taskStatusKey } from '../labels';
import { AddTaskModal } from './add-task-modal';

const OPEN: IncidentTaskStatus[] = ['pending', 'in_progress'];

/** The moves a task may make from where it is (pending → in_progress → done, or cancelled). */
const NEXT: Record<IncidentTaskStatus, IncidentTaskStatus[]> = { pending: ['in_progress', 'done', 'cancelled'], in_progress: ['done', 'cancelled'], done: [], cancelled: [] };
const ICON: Partial<Record<IncidentTaskStatus, React.ReactNode>> = { in_progress: <PlayCircleOutlined />, done: <CheckOutlined />, cancelled: <CloseOutlined /> };

/** 任务清单: every member unit's tasks with owner, due time and status; overdue ones in red. */
export function TasksPanel({ incident: i }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const now = useNow();
  const canCommand = useHasPermission('incident.command');
  const update = useUpdateTask();
  const [adding, setAdding] = useState(false);
  // Grouped by unit in the order the command body lists them (the server's order), then by due time.
  const units = [...new Set(i.tasks.map((task) => task.ownerUnit.id))];
  const tasks = [...i.tasks].sort((a, b) => units.indexOf(a.ownerUnit.id) - units.indexOf(b.ownerUnit.id) || a.dueAt.localeCompare(b.dueAt));
  const overdue = (task: IncidentTask) => OPEN.includes(task.status) && new Date(task.dueAt).getTime() < now;
  const open = i.tasks.filter((task) => OPEN.includes(task.status)).length;

  const move = (task: IncidentTask, status: IncidentTaskStatus) =>
    update.mutate(
      { id: i.id, taskId: task.id, body: { status } },
      { onSuccess: () => void message.success(t('incidents.task.moved', { title: task.title, status: t(taskStatusKey(status)) })), onError: (e) => void message.error(isApiError(e) ? e.message : t('error.unknown')) },
    );

  const columns: TableColumnsType<IncidentTask> = [
    {
      title: t('incidents.task.owner'),
      key: 'owner',
      width: 150,
      onCell: (task, index = 0) => {
        const first = tasks.findIndex((x) => x.ownerUnit.id === task.ownerUnit.id);
        return { rowSpan: first === index ? tasks.filter((x) => x.ownerUnit.id === task.ownerUnit.id).length : 0 };
      },
      render: (_, task) => <strong className="sw-inc-task-owner">{task.ownerUnit.name}</strong>,
    },
    {
      title: t('incidents.task.title'),
      key: 'title',
      width: 280,
      render: (_, task) => (
        <div>
          <div className="sw-inc-task-title">{task.title}</div>
          {task.detail && <div className="sw-muted sw-inc-small">{task.detail}</div>}
          {task.note && <div className="sw-inc-small">{task.note}</div>}
        </div>
      ),
    },
    {
      title: t('incidents.task.due'),
      key: 'due',
      width: 130,
      render: (_, task) => (
        <span className={overdue(task) ? 'sw-inc-task-overdue' : undefined} data-overdue={overdue(task)}>
          {formatDateTime(task.dueAt, language)}
          {overdue(task) && <Tag color="red">{t('incidents.task.overdue')}</Tag>}
        </span>
      ),
    },
    { title: t('incidents.task.status'), key: 'status', width: 90, render: (_, task) => <Tag color={TASK_STATUS_TAG[task.status]}>{t(taskStatusKey(task.status))}</Tag> },
    ...(canCommand
      ? [
          {
            title: t('incidents.task.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, task: IncidentTask) => (
              <Space size={4}>
                {NEXT[task.status].map((status) => (
                  <Tooltip key={status} title={t(`incidents.task.to.${status}`)}>
                    <Button size="small" icon={ICON[status]} danger={status === 'cancelled'} className={`sw-inc-task-to-${status}`} aria-label={t(`incidents.task.to.${status}`)} onClick={() => move(task, status)} />
                  </Tooltip>
                ))}
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="sw-inc-tasks">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.task.heading', { open, total: i.tasks.length })}
        {canCommand && i.status !== 'closed' && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} className="sw-inc-task-add">
            {t('incidents.task.add')}
          </Button>
        )}
      </Typography.Title>
      <Table<IncidentTask>
        className="sw-inc-task-table"
        rowKey="id"
        size="small"
        bordered
        columns={columns}
        dataSource={tasks}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(task) => `sw-inc-task-row${overdue(task) ? ' sw-inc-task-row--overdue' : ''}`}
        onRow={(task) => ({ 'data-task-id': task.id, 'data-status': task.status }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('incidents.task.empty') }}
      />
      {adding && <AddTaskModal incident={i} onClose={() => setAdding(false)} />}
    </div>
  );
}
