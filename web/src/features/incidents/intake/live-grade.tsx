import { Card, Form, Skeleton, Spin } from 'antd';
import { useMemo } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useGradePreview, type GradeRequest } from '../api/grade-preview';
import { figuresBody } from '../components/figures-fields';
import { GradingWorking } from '../components/grading-working';
import type { IntakeValues } from './intake-values';
import { useDebounced } from './use-debounced';

/** The grade the form's type and figures give, with the working, asked of the server as the officer types. */
export function LiveGrade() {
  const { t } = useI18n();
  const form = Form.useFormInstance<IntakeValues>();
  const type = Form.useWatch('type', form);
  const figures = Form.useWatch('figures', form);
  const assessed = Form.useWatch('assessedGrade', form);
  const request = useMemo<GradeRequest | null>(
    () => (type ? { type, figures: figuresBody(figures), ...(assessed ? { assessedGrade: assessed } : {}) } : null),
    [type, figures, assessed],
  );
  const settled = useDebounced(request, 250);
  const grade = useGradePreview(settled);
  return (
    <Card size="small" className="sw-inc-live-grade" title={t('incidents.intake.liveGrade')} extra={grade.isFetching && <Spin size="small" />}>
      {!type && <div className="sw-muted">{t('incidents.intake.pickTypeFirst')}</div>}
      {type && grade.error && <ApiErrorAlert error={grade.error} />}
      {type && !grade.data && !grade.error && <Skeleton active paragraph={{ rows: 3 }} />}
      {type && grade.data && <GradingWorking grading={grade.data} />}
    </Card>
  );
}
