import { Empty, Steps, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { EscalationStep } from '../api/escalation-policy';
import { escalationTargetLabel } from '../labels';

/** The ladder read top to bottom: after N minutes without being taken, these people are told. */
export function EscalationLadder({ steps }: { steps: EscalationStep[] }) {
  const { t, pick } = useI18n();
  if (steps.length === 0) return <Empty description={t('monitoring.escalation.noSteps')} />;
  return (
    <Steps
      orientation="vertical"
      size="small"
      className="sw-mon-ladder"
      current={-1}
      items={steps.map((step, index) => ({
        key: index,
        // Every step is in force; 'process' draws them all alike and legible (the default greys them as "to come").
        status: 'process',
        title: t('monitoring.escalation.stepTitle', { level: index + 1, minutes: step.afterMinutes }),
        content: (
          <span className="sw-mon-ladder-targets" data-step={index + 1} data-minutes={step.afterMinutes}>
            {step.notify.map((target) => (
              <Tag key={target}>{pick(escalationTargetLabel(target))}</Tag>
            ))}
          </span>
        ),
      }))}
    />
  );
}
