import type { Incident } from '@shouwang/contracts';
import { formatNumber } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';

type Figures = Incident['figures'];
const PEOPLE: (keyof Omit<Figures, 'directLossYuan'>)[] = ['deaths', 'missing', 'seriousInjuries', 'injuries', 'trapped', 'endangered', 'evacuated'];

export const figureKey = (name: keyof Figures): MessageKey => `incidents.figures.${name}`;

/** 死亡 3 · 重伤 2 · 疏散 500 · 损失 120 万元: only what is not zero; "无伤亡" when all are. */
export function FiguresLine({ figures }: { figures: Figures }) {
  const { t, language } = useI18n();
  const parts = PEOPLE.filter((k) => figures[k] > 0).map((k) => `${t(figureKey(k))} ${formatNumber(figures[k], language)}`);
  if (figures.directLossYuan > 0) parts.push(`${t('incidents.figures.loss')} ${formatNumber(figures.directLossYuan / 10_000, language, 2)} ${t('incidents.figures.wan')}`);
  return <span className="sw-inc-figures">{parts.length ? parts.join(' · ') : t('incidents.figures.none')}</span>;
}
