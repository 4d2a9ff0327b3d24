import type { CommandBody, CommandMember } from '@shouwang/contracts';
import { COMMAND_BODY_KINDS } from '@shouwang/contracts';
import { Card, Empty, Segmented, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useCommandBodies } from '../api/list-command-bodies';

const ROLE_COLOUR: Record<CommandMember['role'], string> = { office: 'red', lead: 'orange', member: 'default' };

/** 指挥机构: the command bodies of the header's region with their commander, member units and each unit's 职责清单. */
export function CommandBodiesPanel() {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const bodies = useCommandBodies(region?.code);
  const [selected, setSelected] = useState<string | null>(null);
  const list = bodies.data?.items ?? [];
  const body = list.find((b) => b.id === selected) ?? list[0];

  if (bodies.isLoading) return <Skeleton active />;
  return (
    <div className="sw-duty-bodies">
      <ApiErrorAlert error={bodies.error} className="sw-duty-alert" />
      {list.length === 0 ? (
        <Empty description={t('duty.bodies.empty')} />
      ) : (
        <>
          <div className="sw-duty-toolbar sw-duty-scroll-x">
            <Segmented className="sw-duty-body-picker" value={body?.id} onChange={(id) => setSelected(String(id))} options={list.map((b) => ({ value: b.id, label: b.name }))} />
          </div>
          {body && <BodyCard body={body} kind={pick(COMMAND_BODY_KINDS[body.kind])} />}
        </>
      )}
    </div>
  );
}

function BodyCard({ body, kind }: { body: CommandBody; kind: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<CommandMember> = [
    {
      title: t('duty.bodies.unit'),
      key: 'unit',
      width: 180,
      render: (_, m) => (
        <div>
          <strong>{m.unitName}</strong>
          <div>
            <Tag color={ROLE_COLOUR[m.role]}>{t(`duty.bodies.role.${m.role}`)}</Tag>
          </div>
        </div>
      ),
    },
    {
      title: t('duty.bodies.duties'),
      key: 'duties',
      width: 420,
      render: (_, m) => (
        <ol className="sw-duty-duties">
          {m.duties.map((d, n) => (
            <li key={n}>{d}</li>
          ))}
        </ol>
      ),
    },
    {
      title: t('duty.bodies.contact'),
      key: 'contact',
      width: 160,
      render: (_, m) =>
        m.contact ? (
          <div>
            {m.contact.name}
            <div>
              <PhoneLink phone={m.contact.phone} icon />
            </div>
          </div>
        ) : (
          <span className="sw-muted">—</span>
        ),
    },
  ];
  return (
    <Card
      size="small"
      className="sw-duty-body"
      data-body-id={body.id}
      title={
        <span>
          {body.name} <Tag>{kind}</Tag>
          {body.speciality && <Tag color="blue">{body.speciality}</Tag>}
        </span>
      }
      extra={<RegionName code={body.regionCode} />}
    >
      <div className="sw-duty-body-head">
        {body.commander && (
          <div>
            <span className="sw-muted">{t('duty.bodies.commander')}：</span>
            {body.commander.name} <span className="sw-muted">{body.commander.title}</span> <PhoneLink phone={body.commander.phone} icon />
          </div>
        )}
        {body.description && <div className="sw-duty-text sw-muted">{body.description}</div>}
      </div>
      <Table<CommandMember> className="sw-duty-members" rowKey="id" size="small" columns={columns} dataSource={body.members} pagination={false} scroll={{ x: 'max-content' }} />
    </Card>
  );
}
