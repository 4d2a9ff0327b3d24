import { EditOutlined } from '@ant-design/icons';
import type { IncidentDetail, IncidentGrade } from '@shouwang/contracts';
import { App, Button, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useServerErrors } from '../../../lib/use-server-errors';
import { useHasPermission } from '../../auth/use-current-user';
import { useUpdateIncident } from '../api/incident-steps';
import { figuresBody, FiguresFields, figureValues, type FigureValues } from '../components/figures-fields';
import { GradingWorking } from '../components/grading-working';
import { AssessedGradeFields } from '../intake/assessed-grade-fields';
import { gradeKey } from '../labels';

interface GradeForm {
  figures: FigureValues;
  assessedGrade?: IncidentGrade | null;
  assessReason?: string;
}
const FIELDS = ['figures', 'assessedGrade', 'assessReason'] as const;

/** 事件分级: the grade with its working, who assessed it and why, and a way to correct figures or the assessment. */
export function GradingSection({ incident: i }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const canReport = useHasPermission('incident.report');
  const [editing, setEditing] = useState(false);
  const a = i.gradeAssessment;
  return (
    <div className="sw-inc-grading">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.grading.title')}
        {canReport && i.status !== 'closed' && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} className="sw-inc-regrade">
            {t('incidents.grading.change')}
          </Button>
        )}
      </Typography.Title>
      <GradingWorking grading={i.grading} />
      {a && (
        <div className="sw-inc-assessment sw-inc-small">
          {t('incidents.grading.assessedBy', { grade: t(gradeKey(a.grade)), by: a.by, at: formatDateTime(a.at, language) })}
          <div className="sw-inc-text">{a.reason}</div>
        </div>
      )}
      {editing && <RegradeModal incident={i} onClose={() => setEditing(false)} />}
    </div>
  );
}

function RegradeModal({ incident: i, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GradeForm>();
  const server = useServerErrors(form, FIELDS, { INCIDENT_GRADE_BELOW_RULE: { field: 'assessedGrade' } }, {
    fieldOf: (path) => (path[0] === 'gradeAssessment' ? ['assessReason'] : path[0] === 'figures' && path[1] === 'directLossYuan' ? ['figures', 'lossWan'] : path),
  });
  const update = useUpdateIncident();
  const save = (v: GradeForm) => {
    server.reset();
    const gradeAssessment = v.assessedGrade ? { grade: v.assessedGrade, reason: (v.assessReason ?? '').trim() } : null;
    update.mutate(
      { id: i.id, body: { figures: figuresBody(v.figures), gradeAssessment } },
      {
        onSuccess: () => {
          void message.success(t('incidents.grading.saved'));
          onClose();
        },
        onError: server.show,
      },
    );
  };
  return (
    <Modal
      open
      width={720}
      title={t('incidents.grading.change')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('incidents.common.save')}
      okButtonProps={{ className: 'sw-inc-regrade-submit', loading: update.isPending }}
      className="sw-inc-regrade-modal"
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-inc-alert" error={server.error} />
      <Form<GradeForm>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ figures: figureValues(i.figures), assessedGrade: i.gradeAssessment?.grade ?? null, assessReason: i.gradeAssessment?.reason ?? '' }}
      >
        <FiguresFields />
        <Space orientation="vertical" className="sw-inc-full">
          <AssessedGradeFields />
        </Space>
      </Form>
    </Modal>
  );
}
