import type { TeamMemberCreate } from '@shouwang/contracts';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useAddTeamMember } from '../api/add-team-member';
import { PHONE_PATTERN } from '../components/form-rules';
import { MEMBER_ROLES, memberRoleLabel, type MemberRoleValue } from '../labels';

interface MemberFormValues {
  name: string;
  role: MemberRoleValue;
  phone: string;
  skills: string[];
  active: boolean;
}

/** Adds one member to a team's roster (bulk changes go through the members import). */
export function MemberFormModal({ teamId, teamName, open, onClose }: { teamId: string; teamName: string; open: boolean; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const add = useAddTeamMember();

  const submit = (values: MemberFormValues) => {
    const body: TeamMemberCreate = {
      name: values.name.trim(),
      role: values.role,
      phone: values.phone.trim(),
      skills: values.skills.map((s) => s.trim()).filter(Boolean),
      active: values.active,
    };
    add.mutate(
      { teamId, body },
      {
        onSuccess: () => {
          void message.success(t('resources.member.added', { name: body.name, team: teamName }));
          form.resetFields();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('resources.member.addTitle', { team: teamName })}
      okText={t('resources.member.add')}
      cancelText={t('resources.common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      onCancel={() => {
        add.reset();
        onClose();
      }}
      destroyOnHidden
      className="sw-res-member-modal"
    >
      <ApiErrorAlert className="sw-res-alert" error={add.error} onClose={() => add.reset()} />
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        initialValues={{ role: 'member', skills: [], active: true }}
        onFinish={submit}
        requiredMark
      >
        <Form.Item name="name" label={t('resources.member.name')} rules={[{ required: true, whitespace: true, max: 50, message: t('resources.member.rule.name') }]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('resources.member.role')} rules={[{ required: true }]}>
          <Select options={MEMBER_ROLES.map((r) => ({ value: r, label: pick(memberRoleLabel(r)) }))} />
        </Form.Item>
        <Form.Item name="phone" label={t('resources.field.phone')} rules={[{ required: true, pattern: PHONE_PATTERN, message: t('resources.member.rule.phone') }]}>
          <Input maxLength={30} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="skills" label={t('resources.member.skills')} extra={t('resources.member.skillsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={20} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="active" label={t('resources.member.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
