import { PhoneOutlined } from '@ant-design/icons';

/** A phone number that dials on a phone or a softphone; spaces and dashes are kept for reading. */
export function PhoneLink({ phone, icon = false }: { phone: string | null | undefined; icon?: boolean }) {
  if (!phone) return <span className="sw-muted">—</span>;
  const dial = phone.replace(/[^0-9+]/g, '');
  return (
    <a href={`tel:${dial}`} className="sw-phone">
      {icon && <PhoneOutlined />} {phone}
    </a>
  );
}
