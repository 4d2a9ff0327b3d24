import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined, SyncOutlined, ThunderboltOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/use-current-user';
import { useApproveWarning, useCancelWarning, useRejectWarning, useSubmitWarning } from '../api/warning-steps';
import { ReasonModal } from './reason-modal';

export interface WarningActionsProps {
  warning: Warning;
  size?: 'small' | 'middle';
  /** Opens the form on a draft or a warning sent back. */
  onEdit?: (warning: Warning) => void;
  /** Opens the form for a new version of a published warning. */
  onRevise?: (warning: Warning) => void;
  /** After a step that made a new version (cancel), to show it. */
  onOpen?: (id: string) => void;
}

/** Whether the signed-in user wrote this warning: the four-eyes rule keeps him from reviewing it. */
export function useIsAuthor(warning: Warning): boolean {
  const user = useCurrentUser();
  return warning.author?.id === user.id;
}

/**
 * The steps the warning's status allows and the user may take (the server checks both again):
 * a draft or a warning sent back is edited and submitted (warning.write); a pending one is approved
 * or sent back by someone other than its author (warning.approve); a published one is updated by a
 * new version (warning.write) or cancelled (warning.approve).
 */
export function WarningActions({ warning: w, size = 'small', onEdit, onRevise, onOpen }: WarningActionsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const canWrite = user.permissions.includes('warning.write');
  const canApprove = user.permissions.includes('warning.approve');
  const canReport = user.permissions.includes('incident.report');
  const navigate = useNavigate();
  const isAuthor = useIsAuthor(w);
  const [dialog, setDialog] = useState<'reject' | 'cancel' | null>(null);
  const submit = useSubmitWarning();
  const approve = useApproveWarning();
  const reject = useRejectWarning();
  const cancel = useCancelWarning();
  const failed = submit.error ?? approve.error;

  const editable = canWrite && (w.status === 'draft' || w.status === 'rejected');
  const reviewable = canApprove && w.status === 'pending_review';
  const current = w.status === 'published';
  if (!editable && !reviewable && !(current && (canWrite || canApprove || canReport))) return null;

  const resetErrors = () => {
    submit.reset();
    approve.reset();
  };

  return (
    <div className="sw-warn-actions" data-warning-id={w.id}>
      <Space size={4} wrap>
        {editable && onEdit && (
          <Button size={size} icon={<EditOutlined />} className="sw-warn-edit" onClick={() => onEdit(w)}>
            {t('warnings.action.edit')}
          </Button>
        )}
        {editable && (
          <Button
            size={size}
            type="primary"
            icon={<SendOutlined />}
            className="sw-warn-submit"
            loading={submit.isPending}
            onClick={() => {
              resetErrors();
              submit.mutate(w.id, { onSuccess: () => void message.success(t('warnings.action.submitted')) });
            }}
          >
            {t('warnings.action.submit')}
          </Button>
        )}
        {reviewable && (
          <>
            <Button
              size={size}
              type="primary"
              icon={<CheckOutlined />}
              className="sw-warn-approve"
              disabled={isAuthor}
              title={isAuthor ? t('warnings.action.selfReview') : undefined}
              loading={approve.isPending}
              onClick={() => {
                resetErrors();
                approve.mutate(w.id, { onSuccess: () => void message.success(t('warnings.action.approved')) });
              }}
            >
              {size === 'small' ? t('warnings.action.approveShort') : t('warnings.action.approve')}
            </Button>
            <Button size={size} danger icon={<RollbackOutlined />} className="sw-warn-reject" disabled={isAuthor} onClick={() => setDialog('reject')}>
              {t('warnings.action.reject')}
            </Button>
          </>
        )}
        {current && canWrite && onRevise && (
          <Button size={size} icon={<SyncOutlined />} className="sw-warn-revise" onClick={() => onRevise(w)}>
            {t('warnings.action.revise')}
          </Button>
        )}
        {current && canApprove && (
          <Button size={size} danger icon={<StopOutlined />} className="sw-warn-cancel" onClick={() => setDialog('cancel')}>
            {t('warnings.action.cancel')}
          </Button>
        )}
        {current && canReport && (
          <Button size={size} icon={<ThunderboltOutlined />} className="sw-warn-to-incident" onClick={() => void navigate(`/incidents?fromWarning=${encodeURIComponent(w.id)}`)}>
            {t('warnings.action.toIncident')}
          </Button>
        )}
      </Space>
      {reviewable && isAuthor && <div className="sw-warn-self-review">{t('warnings.action.selfReview')}</div>}
      <ApiErrorAlert className="sw-warn-alert" error={failed} onClose={resetErrors} />
      {dialog === 'reject' && (
        <ReasonModal
          name="reject"
          title={t('warnings.reject.title', { headline: w.headline })}
          label={t('warnings.reject.reason')}
          placeholder={t('warnings.reject.placeholder')}
          requiredMessage={t('warnings.reject.required')}
          okText={t('warnings.action.reject')}
          pending={reject.isPending}
          error={reject.error}
          onClose={() => {
            reject.reset();
            setDialog(null);
          }}
          onSubmit={(reason) =>
            reject.mutate(
              { id: w.id, reason },
              {
                onSuccess: () => {
                  void message.success(t('warnings.action.rejected'));
                  setDialog(null);
                },
              },
            )
          }
        />
      )}
      {dialog === 'cancel' && (
        <ReasonModal
          name="cancel"
          title={t('warnings.cancel.title', { headline: w.headline })}
          label={t('warnings.cancel.reason')}
          placeholder={t('warnings.cancel.placeholder')}
          requiredMessage={t('warnings.cancel.required')}
          note={t('warnings.cancel.note')}
          okText={t('warnings.action.cancel')}
          pending={cancel.isPending}
          error={cancel.error}
          onClose={() => {
            cancel.reset();
            setDialog(null);
          }}
          onSubmit={(reason) =>
            cancel.mutate(
              { id: w.id, reason },
              {
                onSuccess: (cancelled) => {
                  void message.success(t('warnings.action.cancelled'));
                  setDialog(null);
                  onOpen?.(cancelled.id);
                },
              },
            )
          }
        />
      )}
    </div>
  );
}
