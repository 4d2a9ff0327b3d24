import type { PackagePersons as Persons } from '@shouwang/contracts';
import { PhoneLink } from '../../../components/phone-link';
import { useI18n } from '../../../lib/i18n';
import { PACKAGE_ROLES, packageRoleLabel } from '../labels';

/** 包保责任人: the principal, technical and operations leads answerable for this source. */
export function PackagePersons({ persons }: { persons: Persons }) {
  const { t, pick } = useI18n();
  return (
    <ul className="sw-ent-persons">
      {PACKAGE_ROLES.map((role) => {
        const person = persons[role];
        return (
          <li key={role} className="sw-ent-person" data-role={role}>
            <span className="sw-ent-person-role">{pick(packageRoleLabel(role))}</span>
            {person ? (
              <span className="sw-ent-inline">
                <strong>{person.name}</strong>
                {person.title && <span className="sw-muted">{person.title}</span>}
                <PhoneLink phone={person.phone} icon />
              </span>
            ) : (
              <span className="sw-muted">{t('enterprises.hazard.personMissing')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
