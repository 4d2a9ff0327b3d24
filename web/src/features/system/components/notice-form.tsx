import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { isApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { NoticeLevel } from '../../live-events/live-event';
import { RegionTreeSelect, type RegionOption } from '../../regions/components/region-tree-select';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { usePostNotice } from '../api/post-notice';

interface NoticeFormValues {
  title: string;
  body: string;
  level: NoticeLevel;
  region: RegionOption | null;
}

const LEVELS: NoticeLevel[] = ['info', 'warning', 'urgent'];

export function NoticeForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeFormValues>();
  const { root, region, path } = useSelectedRegion();
  const post = usePostNotice();

  const submit = (values: NoticeFormValues) => {
    post.mutate(
      {
        title: values.title.trim(),
        body: values.body.trim(),
        level: values.level,
        ...(values.region ? { regionCode: values.region.value } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('system.notice.success'));
          form.resetFields(['title', 'body']);
        },
      },
    );
  };

  return (
    <Form<NoticeFormValues>
      form={form}
      layout="vertical"
      className="sw-notice-form"
      initialValues={{ level: 'info', region: region ? { value: region.code, label: region.name } : null }}
      onFinish={submit}
    >
      {post.error && (
        <Alert
          type="error"
          showIcon
          title={isApiError(post.error) ? post.error.message : t('error.unknown')}
          className="sw-form-error"
        />
      )}
      <Form.Item name="region" label={t('system.notice.field.region')}>
        <RegionTreeSelect root={root} expandPath={path} width="100%" ariaLabel={t('system.notice.field.region')} />
      </Form.Item>
      <Form.Item name="level" label={t('system.notice.field.level')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          {LEVELS.map((level) => (
            <Radio.Button key={level} value={level}>
              {t(`system.notice.level.${level}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="title"
        label={t('system.notice.field.title')}
        rules={[{ required: true, whitespace: true, message: t('system.notice.required.title') }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('system.notice.field.body')}
        rules={[{ required: true, whitespace: true, message: t('system.notice.required.body') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={post.isPending}>
        {t('system.notice.submit')}
      </Button>
    </Form>
  );
}
