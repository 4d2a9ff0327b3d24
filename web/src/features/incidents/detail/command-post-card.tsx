import { EditOutlined, FlagOutlined, VideoCameraOutlined } from '@ant-design/icons';
import type { IncidentDetail } from '@shouwang/contracts';
import { App, Button, Col, Descriptions, Form, Input, Modal, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useHasPermission } from '../../auth/use-current-user';
import { useSetCommandPost } from '../api/incident-steps';
import { MapPointFields } from '../components/map-point-fields';
import { CallLink } from './call-link';

interface PostValues {
  name?: string;
  lon?: number | null;
  lat?: number | null;
  address?: string;
  commanderName?: string;
  commanderPhone?: string;
  videoUrl?: string;
}
const FIELDS = ['name', 'lon', 'lat', 'address', 'commanderName', 'commanderPhone', 'videoUrl'] as const;

/** 现场指挥部: where it is (on the map), who commands there, and the live video of the scene. */
export function CommandPostCard({ incident: i }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const canCommand = useHasPermission('incident.command');
  const [editing, setEditing] = useState(false);
  const p = i.commandPost;
  return (
    <div className="sw-inc-command-post" data-set={p !== null}>
      <Typography.Title level={5} className="sw-inc-section-title">
        <FlagOutlined /> {t('incidents.post.title')}
        {canCommand && i.status !== 'closed' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} className="sw-inc-post-edit">
            {p ? t('incidents.post.move') : t('incidents.post.set')}
          </Button>
        )}
      </Typography.Title>
      {p ? (
        <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('incidents.post.name')}>{p.name}</Descriptions.Item>
          <Descriptions.Item label={t('incidents.post.point')}>
            <span className="sw-code">
              {p.lon.toFixed(5)}, {p.lat.toFixed(5)}
            </span>{' '}
            <Link to={`/map?incident=${encodeURIComponent(i.id)}`}>{t('incidents.post.onMap')}</Link>
          </Descriptions.Item>
          {p.address && (
            <Descriptions.Item label={t('incidents.post.address')} span={2}>
              {p.address}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('incidents.post.commander')}>
            {p.commander ? (
              <>
                {p.commander.name} <CallLink incidentId={i.id} phone={p.commander.phone} name={p.commander.name} />
              </>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('incidents.post.video')}>
            {p.videoUrl ? (
              <a href={p.videoUrl} target="_blank" rel="noreferrer" className="sw-inc-video-link">
                <VideoCameraOutlined /> {t('incidents.post.watch')}
              </a>
            ) : (
              <span className="sw-muted">{t('incidents.post.noVideo')}</span>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('incidents.post.setBy')} span={2}>
            {p.setBy} · {formatDateTime(p.setAt, language)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <span className="sw-muted">{t('incidents.post.none')}</span>
      )}
      {editing && <CommandPostModal incident={i} onClose={() => setEditing(false)} />}
    </div>
  );
}

function CommandPostModal({ incident: i, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostValues>();
  const server = useServerErrors(form, FIELDS, {}, { fieldOf: (path) => (path[0] === 'commander' ? [path[1] === 'phone' ? 'commanderPhone' : 'commanderName'] : path) });
  const set = useSetCommandPost();
  const p = i.commandPost;
  const initial: PostValues = p
    ? { name: p.name, lon: p.lon, lat: p.lat, address: p.address, commanderName: p.commander?.name, commanderPhone: p.commander?.phone, videoUrl: p.videoUrl ?? '' }
    : { name: t('incidents.post.defaultName'), lon: i.location.lon, lat: i.location.lat, address: i.location.text };
  const save = (v: PostValues) => {
    server.reset();
    const commanderName = (v.commanderName ?? '').trim();
    set.mutate(
      {
        id: i.id,
        body: {
          name: (v.name ?? '').trim(),
          lon: v.lon ?? 0,
          lat: v.lat ?? 0,
          address: (v.address ?? '').trim(),
          commander: commanderName ? { name: commanderName, phone: (v.commanderPhone ?? '').trim() } : null,
          videoUrl: (v.videoUrl ?? '').trim() || null,
        },
      },
      { onSuccess: () => (void message.success(t('incidents.post.saved')), onClose()), onError: server.show },
    );
  };
  return (
    <Modal
      open
      width={680}
      title={t('incidents.post.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.common.save')}
      okButtonProps={{ loading: set.isPending, className: 'sw-inc-post-submit' }}
      className="sw-inc-post-modal"
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<PostValues> form={form} layout="vertical" onFinish={save} initialValues={initial}>
        <Form.Item name="name" label={t('incidents.post.name')} rules={[{ required: true, whitespace: true, max: 100, message: t('incidents.post.rule.name') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <MapPointFields regionCode={i.regionCode} required />
        <Form.Item name="address" label={t('incidents.post.address')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={[12, 0]}>
          <Col xs={12}>
            <Form.Item name="commanderName" label={t('incidents.post.commander')} rules={[{ max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="commanderPhone" label={t('incidents.person.phone')} rules={[{ pattern: /^[0-9+\-() ]{5,30}$/, message: t('incidents.form.rule.phone') }]}>
              <Input inputMode="tel" maxLength={30} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="videoUrl" label={t('incidents.post.video')} rules={[{ pattern: /^(https?|rtsp|rtmp):\/\/[^\s]+$/i, message: t('incidents.post.rule.video') }]} extra={t('incidents.post.videoHint')}>
          <Input maxLength={500} placeholder="rtsp://…" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
