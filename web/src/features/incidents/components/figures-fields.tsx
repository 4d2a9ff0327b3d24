import type { Incident, IncidentFiguresInput } from '@shouwang/contracts';
import { Col, Form, InputNumber, Row } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { figureKey } from './figures-line';

/** The form's casualty and loss figures: people as whole numbers, the loss in 万元 as people say it. */
export interface FigureValues {
  deaths?: number | null;
  missing?: number | null;
  seriousInjuries?: number | null;
  injuries?: number | null;
  trapped?: number | null;
  endangered?: number | null;
  evacuated?: number | null;
  lossWan?: number | null;
}

const PEOPLE = ['deaths', 'missing', 'seriousInjuries', 'injuries', 'trapped', 'endangered', 'evacuated'] as const;

export const figuresBody = (f: FigureValues | undefined): IncidentFiguresInput => ({
  deaths: f?.deaths ?? 0,
  missing: f?.missing ?? 0,
  seriousInjuries: f?.seriousInjuries ?? 0,
  injuries: f?.injuries ?? 0,
  trapped: f?.trapped ?? 0,
  endangered: f?.endangered ?? 0,
  evacuated: f?.evacuated ?? 0,
  // 万元 → 元, rounded to the yuan: the contract counts yuan.
  directLossYuan: Math.round((f?.lossWan ?? 0) * 10_000),
});

export const figureValues = (f: Incident['figures']): FigureValues => ({
  deaths: f.deaths,
  missing: f.missing,
  seriousInjuries: f.seriousInjuries,
  injuries: f.injuries,
  trapped: f.trapped,
  endangered: f.endangered,
  evacuated: f.evacuated,
  lossWan: f.directLossYuan / 10_000,
});

/** 死亡 / 失踪 / 重伤 / 轻伤 / 被困 / 涉险 / 疏散 / 直接经济损失, under the form field `name` (default `figures`). */
export function FiguresFields({ name = 'figures' }: { name?: string }) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 0]} className="sw-inc-figures-fields">
      {PEOPLE.map((k) => (
        <Col key={k} xs={12} sm={6}>
          <Form.Item name={[name, k]} label={t(figureKey(k))} rules={[{ type: 'integer', min: 0, message: t('incidents.form.rule.count') }]}>
            <InputNumber<number> className={`sw-inc-full sw-inc-figure-${k}`} min={0} precision={0} placeholder="0" />
          </Form.Item>
        </Col>
      ))}
      <Col xs={24} sm={6}>
        <Form.Item name={[name, 'lossWan']} label={t('incidents.figures.lossWan')} rules={[{ type: 'number', min: 0, message: t('incidents.form.rule.loss') }]}>
          <InputNumber<number> className="sw-inc-full sw-inc-figure-loss" min={0} precision={2} placeholder="0" />
        </Form.Item>
      </Col>
    </Row>
  );
}
