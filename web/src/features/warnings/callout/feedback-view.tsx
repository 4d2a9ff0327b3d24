import type { Recipient } from '@shouwang/contracts';
import { Descriptions, Image, Tag } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { attachmentUrl } from './api/callout-queries';
import { measureKey } from './callout-labels';

/** What the person reported (反馈): who commands on site, villages affected, people moved, measures, photos. */
export function FeedbackView({ recipient: r }: { recipient: Recipient }) {
  const { t, language } = useI18n();
  const f = r.feedback;
  if (!f) return null;
  return (
    <div className="sw-callout-feedback" data-recipient-id={r.id}>
      <Descriptions size="small" column={1} colon={false}>
        <Descriptions.Item label={t('callouts.feedback.commander')}>{f.commanderOnDuty}</Descriptions.Item>
        <Descriptions.Item label={t('callouts.feedback.villages')}>{f.villagesAffected}</Descriptions.Item>
        <Descriptions.Item label={t('callouts.feedback.transferred')}>
          <span className="sw-callout-feedback-transferred">{f.peopleTransferred}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('callouts.feedback.measures')}>
          {f.measures.length ? f.measures.map((m) => <Tag key={m}>{t(measureKey(m))}</Tag>) : t('warnings.common.none')}
        </Descriptions.Item>
        {f.note && <Descriptions.Item label={t('callouts.feedback.note')}>{f.note}</Descriptions.Item>}
        <Descriptions.Item label={t('callouts.feedback.by')}>
          {f.by} · {formatDateTime(r.feedbackAt, language)}
        </Descriptions.Item>
      </Descriptions>
      {f.attachmentIds.length > 0 && (
        <Image.PreviewGroup>
          <div className="sw-callout-photos">
            {f.attachmentIds.map((aid, i) => (
              <Image key={aid} width={72} height={72} className="sw-callout-photo" src={attachmentUrl(r.id, aid)} alt={t('callouts.feedback.photo', { n: i + 1 })} />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
    </div>
  );
}
