import { PhoneOutlined } from '@ant-design/icons';
import { App } from 'antd';
import { isApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { useRecordCall } from '../api/record-call';

interface CallLinkProps {
  incidentId: string;
  phone: string | null | undefined;
  name: string;
  /** A person from the contact directory: the server takes name and phone from the record. */
  contactId?: string;
}

/**
 * A phone number that dials (一键通) and, because it is dialled from an incident, puts the call on the
 * incident's timeline. The dial is never held up by the recording.
 */
export function CallLink({ incidentId, phone, name, contactId }: CallLinkProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const record = useRecordCall(incidentId);
  if (!phone) return <span className="sw-muted">—</span>;
  const dial = phone.replace(/[^0-9+]/g, '');
  const onClick = () =>
    record.mutate(contactId ? { contactId, direction: 'outgoing' } : { name: name.slice(0, 50), phone, direction: 'outgoing' }, {
      onSuccess: () => void message.success(t('incidents.call.logged', { name })),
      onError: (error) => void message.error(isApiError(error) ? error.message : t('error.unknown')),
    });
  return (
    <a href={`tel:${dial}`} className="sw-phone sw-inc-call" onClick={onClick} data-phone={dial}>
      <PhoneOutlined /> {phone}
    </a>
  );
}
