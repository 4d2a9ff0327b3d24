import { LoginOutlined, WifiOutlined } from '@ant-design/icons';
import { WARNING_LEVELS, type PublicWarning, type WarningLevel } from '@shouwang/contracts';
import { Alert, Empty, Segmented, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { BrandMark } from '../../../components/brand-mark';
import { LanguageSwitch } from '../../../components/language-switch';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { usePublicWarnings, WARNINGS_FEED_URL } from '../api/list-public-warnings';
import { CapFields } from '../components/cap-fields';
import { warningTypeName } from '../components/type-name';
import { LEVELS, levelColour, levelKey } from '../labels';
import '../warnings.css';
import './public-warnings.css';

type LevelChoice = 'all' | WarningLevel;

/**
 * 公众预警页面 (no sign-in): the warnings in force, worst level first within the newest, each on its
 * level's colour, readable on a phone. CAP documents need a staff sign-in today, so the CAP fields are
 * shown here and the public Atom feed is linked.
 */
export function PublicWarningsPage() {
  const { t, language } = useI18n();
  const warnings = usePublicWarnings();
  const [choice, setChoice] = useState<LevelChoice>('all');
  useEffect(() => {
    document.title = `${t('warnings.public.title')} · ${t('app.name')}`;
  }, [t]);

  const items = warnings.data?.items ?? [];
  const count = (level: WarningLevel) => items.filter((w) => w.level === level).length;
  const shown = choice === 'all' ? items : items.filter((w) => w.level === choice);

  return (
    <main className="sw-pub">
      <header className="sw-pub-header">
        <div className="sw-pub-brand">
          <BrandMark size={32} />
          <div>
            <div className="sw-pub-brand-name">{t('app.name')}</div>
            <div className="sw-pub-brand-sub">{t('warnings.public.subtitle')}</div>
          </div>
        </div>
        <LanguageSwitch size="small" />
      </header>

      <section className="sw-pub-body">
        <h1 className="sw-pub-title">{t('warnings.public.title')}</h1>
        <div className="sw-pub-summary">
          {warnings.data && <span className="sw-pub-count">{t('warnings.public.count', { total: warnings.data.total })}</span>}
          {warnings.dataUpdatedAt > 0 && <span className="sw-pub-updated">{t('warnings.public.updated', { time: formatDateTime(new Date(warnings.dataUpdatedAt).toISOString(), language) })}</span>}
          <a className="sw-pub-feed" href={WARNINGS_FEED_URL} type="application/atom+xml">
            <WifiOutlined rotate={45} /> {t('warnings.public.feed')}
          </a>
        </div>

        {items.length > 0 && (
          <Segmented<LevelChoice>
            className="sw-pub-levels"
            block
            value={choice}
            onChange={setChoice}
            options={[
              { value: 'all', label: `${t('warnings.public.allLevels')} ${items.length}` },
              ...LEVELS.map((level) => ({
                value: level,
                label: (
                  <span className="sw-pub-level-choice" data-level={level}>
                    <span className="sw-pub-level-dot" style={{ background: levelColour(level).fill }} />
                    {t(levelKey(level))} {count(level)}
                  </span>
                ),
              })),
            ]}
          />
        )}

        {warnings.isError && <Alert type="error" showIcon className="sw-pub-error" title={t('warnings.public.error')} />}
        {warnings.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
        {warnings.data && shown.length === 0 && <Empty className="sw-pub-empty" description={t('warnings.public.empty')} />}

        <div className="sw-pub-list">
          {shown.map((w) => (
            <PublicWarningCard key={w.id} warning={w} />
          ))}
        </div>

        <footer className="sw-pub-footer">
          <p>{t('warnings.public.capNote')}</p>
          <p className="sw-pub-footer-links">
            <a href={WARNINGS_FEED_URL} type="application/atom+xml">
              {t('warnings.public.feed')}
            </a>
            <Link to="/login">
              <LoginOutlined /> {t('warnings.public.signIn')}
            </Link>
          </p>
        </footer>
      </section>
    </main>
  );
}

function PublicWarningCard({ warning: w }: { warning: PublicWarning }) {
  const { t, language, pick } = useI18n();
  const colour = levelColour(w.level);
  const info = w.level ? WARNING_LEVELS[w.level] : null;
  const band = info ? `${t('warnings.level.signal', { colour: t(levelKey(info.level)) })} · ${t('warnings.level.roman', { roman: info.roman })} · ${pick({ zh: info.gradeZh, en: info.gradeEn })}` : t('warnings.level.none');
  const time = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('warnings.common.none'));
  const from = w.cap.effective ?? w.cap.onset ?? w.publishedAt;
  return (
    <article className="sw-pub-warning" style={{ borderColor: colour.fill }} data-warning-id={w.id} data-level={w.level ?? 'none'} data-colour={info?.colour ?? 'none'}>
      <div className="sw-pub-band" style={{ background: colour.fill, color: colour.text }}>
        <span className="sw-pub-band-level">{band}</span>
        <span className="sw-pub-band-type">{warningTypeName(w.type, language)}</span>
      </div>
      <div className="sw-pub-content">
        <h2 className="sw-pub-headline">{w.headline}</h2>
        <div className="sw-pub-meta">
          <span>{w.issuer}</span>
          <span>{t('warnings.public.publishedAt', { time: time(w.publishedAt) })}</span>
          {w.cap.msgType === 'Update' && <span className="sw-pub-update">{t('warnings.cap.msgType.Update')} · v{w.version}</span>}
        </div>
        <p className="sw-pub-text">{w.description}</p>
        {w.instruction && (
          <div className="sw-pub-instruction" style={{ borderColor: colour.fill }}>
            <strong style={{ color: colour.ink }}>{t('warnings.field.instruction')}</strong>
            <p className="sw-pub-text">{w.instruction}</p>
          </div>
        )}
        <dl className="sw-pub-facts">
          <dt>{t('warnings.public.period')}</dt>
          <dd>
            {time(from)} {w.cap.expires && t('warnings.public.until', { time: time(w.cap.expires) })}
          </dd>
          <dt>{t('warnings.field.targets')}</dt>
          <dd data-testid="public-areas">
            {w.areaNames.join(language === 'en' ? ', ' : '、')}
            {w.areas.polygons.length + w.areas.circles.length > 0 && ` ${t('warnings.public.shapes', { shapes: w.areas.polygons.length + w.areas.circles.length })}`}
          </dd>
        </dl>
        <details className="sw-pub-cap">
          <summary>{t('warnings.cap.title')}</summary>
          <CapFields warning={w} />
          <a href={`/api/warnings/${w.id}/cap`} target="_blank" rel="noreferrer">
            {t('warnings.public.capLink')}
          </a>
        </details>
      </div>
    </article>
  );
}
