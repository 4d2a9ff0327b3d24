import { INCIDENT_GRADES, RESPONSE_LEVELS, type IncidentFigures, type IncidentGrade, type IncidentReviewFacts } from '@shouwang/contracts';
import { incidentCatalogue } from '../incident-catalogue.js';
import { localTime } from '../incident-writer.js';
import { TASK_ZH } from '../incidents.errors.js';
import { CHANNEL_ZH } from '../incidents.repository.js';
import { durationZh, isDispatchKind } from '../review/review-facts.js';
import { facts, heading, note, para, paras, subheading, subtitle, table, title, type Block } from './docx-parts.js';
import type { ReportData } from './report-data.js';

const STATUS_ZH = { active: '处置中', ended: '处置结束、待终报', closed: '已终报' } as const;
const SOURCE_ZH = { call: '电话接报', alarm: '监测报警', warning: '预警信息', api: '系统接入' } as const;
const REPORT_TO_ZH = { city: '设区的市级人民政府应急管理部门', province: '省级人民政府应急管理部门', national: '国务院应急管理部门' } as const;
const NEAR_MISS_ZH = { endangered: '涉险人数', trappedOrMissing: '被困和下落不明人数', evacuated: '紧急疏散人数' } as const;
const LOG_KIND_ZH: Record<string, string> = {
  reported: '接报', updated: '信息更正', graded: '定级', report_submitted: '信息报送', report_overdue: '超时未报',
  response_activated: '启动响应', response_level_changed: '响应调整', response_terminated: '响应终止', task_created: '任务分派',
  task_changed: '任务进展', command_post_set: '现场指挥部', ended: '处置结束', closed: '结案', call: '通话', alarm: '监测报警',
  warning: '预警', review_saved: '总结评估', review_finalised: '总结评估',
};
const kindZh = (kind: string) => LOG_KIND_ZH[kind] ?? (isDispatchKind(kind) ? '力量调度' : kind);
const gradeZh = (g: IncidentGrade | null) => (g ? `${INCIDENT_GRADES[g].zh}（${INCIDENT_GRADES[g].roman}级）` : '未定级');
const yuan = (v: number) => (v >= 10_000 ? `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元` : `${v}元`);

export function figuresZh(f: IncidentFigures): string {
  const people = [
    [f.deaths, '死亡'], [f.missing, '下落不明'], [f.seriousInjuries, '重伤'], [f.injuries, '轻伤'], [f.trapped, '被困'], [f.endangered, '涉险'], [f.evacuated, '紧急疏散'],
  ] as const;
  const parts = people.filter(([n]) => n > 0).map(([n, w]) => `${w}${n}人`);
  if (f.directLossYuan > 0) parts.push(`直接经济损失约${yuan(f.directLossYuan)}`);
  return parts.length ? parts.join('，') : '无人员伤亡和经济损失报告';
}

/** The grade with its working: which figure reached which bound of 493号令 第三条, or who assessed it and why. */
function gradingLines(d: ReportData): string[] {
  const g = d.incident.grading;
  const lines = [`事件等级：${gradeZh(d.incident.grade)}。`];
  if (g.rule === 'production_safety') {
    lines.push('依据《生产安全事故报告和调查处理条例》第三条，按伤亡人数和直接经济损失定级（“以上”含本数，“以下”不含本数）：');
    for (const b of g.basis) {
      const what = b.criterion === 'deaths' ? `死亡${g.missingCountsAsDeaths ? '（含下落不明）' : ''}人数 ${b.value} 人` : b.criterion === 'seriousInjuries' ? `重伤（含急性工业中毒）人数 ${b.value} 人` : `直接经济损失 ${yuan(b.value)}`;
      const bound = b.criterion === 'directLossYuan' ? yuan(b.bound ?? 0) : `${b.bound}人`;
      lines.push(`· ${what}：${b.bound === null ? `未达较大事故标准，对应${INCIDENT_GRADES[b.grade].zh}` : `达到${bound}以上，对应${INCIDENT_GRADES[b.grade].zh}`}。`);
    }
  } else {
    lines.push('本类事件无按伤亡和损失定级的数值标准，由研判确定等级。');
  }
  const a = d.incident.gradeAssessment;
  if (a) lines.push(`研判等级：${INCIDENT_GRADES[a.grade].zh}（${a.by}，${localTime(new Date(a.at), d.utcOffsetMinutes)}）：${a.reason}。`);
  if (g.largerNearMiss.applies) lines.push(`属较大涉险事故：${g.largerNearMiss.reasons.map((r) => `${NEAR_MISS_ZH[r.criterion]} ${r.value}（标准 ${r.bound}）`).join('、')}。`);
  if (g.reportTo) lines.push(`按本等级应逐级上报至${REPORT_TO_ZH[g.reportTo]}。`);
  return lines;
}

function factsSummary(f: IncidentReviewFacts): string {
  const t = f.tasks;
  const response = f.response
    ? `接报至启动应急响应用时${durationZh(f.response.secondsFromReceived)}（首次${RESPONSE_LEVELS[f.response.firstLevel].roman}，最高${RESPONSE_LEVELS[f.response.highestLevel].roman}，调整${f.response.levelChanges}次）`
    : '未启动应急响应';
  return [
    `信息报送${f.reports.length}次，按时${f.reportsOnTime}次，迟报${f.reportsLate}次，超时未报提醒${f.deadlinesMissed}次`,
    f.initialReportSeconds === null ? '未报送初报' : `接报至首次初报用时${durationZh(f.initialReportSeconds)}`,
    response,
    `任务${t.total}项，完成${t.done}项（其中逾期完成${t.doneLate}项），取消${t.cancelled}项，未完成${t.unfinished}项，逾期合计${t.overdue}项`,
    `调度记录${f.timeline.dispatches}条，通话${f.timeline.calls}次，关联报警记录${f.timeline.alarms}条、预警${f.timeline.warnings}条`,
  ].join('；') + '。';
}

export function reportSections(d: ReportData & { timelineTotal: number }): Block[] {
  const inc = d.incident;
  const t = (iso: string | null) => (iso ? localTime(new Date(iso), d.utcOffsetMinutes) : '—');
  const category = incidentCatalogue().categories.find((c) => c.key === inc.category)?.zh ?? inc.category;
  const f = d.review.facts;
  const out: Block[] = [title('突发事件报告'), subtitle(inc.title)];

  out.push(heading('一、基本情况'));
  out.push(
    facts([
      ['事件名称', inc.title],
      ['事件类别', `${category} · ${inc.type.name}`],
      ['事件等级', gradeZh(inc.grade)],
      ['事件状态', STATUS_ZH[inc.status]],
      ['事发时间', t(inc.occurredAt)],
      ['接报时间', `${t(inc.receivedAt)}（${inc.reportedBy.name}）`],
      ['事发地点', `${d.regionName} ${inc.location.text}${inc.location.lon !== null ? `（${inc.location.lon}, ${inc.location.lat}）` : ''}`],
      ['事发单位', inc.unit ? [inc.unit.name, inc.unit.nature, inc.unit.industry, inc.unit.address].filter(Boolean).join('，') : '—'],
      ['信息来源', `${SOURCE_ZH[inc.source.kind]}${inc.source.label ? `：${inc.source.label}` : ''}${inc.informant ? `；报告人 ${inc.informant.name}${inc.informant.unit ? `（${inc.informant.unit}）` : ''}` : ''}`],
      ['伤亡和损失', figuresZh(inc.figures)],
      ['处置结束', t(inc.endedAt)],
      ['终报结案', t(inc.closedAt)],
    ]),
  );
  out.push(subheading('简要经过'), ...paras(inc.summary));

  out.push(heading('二、事件分级'), ...gradingLines(d).map(para));

  out.push(heading('三、信息报送'));
  if (!f.reports.length) out.push(para('尚无报告。'));
  else {
    const byId = new Map(inc.reports.map((r) => [r.id, r]));
    out.push(
      table(
        ['报告', '方式', '上报时间', '上报对象', '签发人', '时限', '是否按时'],
        f.reports.map((r) => {
          const full = byId.get(r.reportId);
          return [
            r.label,
            CHANNEL_ZH[r.channel],
            t(r.reportedAt),
            full?.reportedTo ?? '',
            full?.signedOffBy ?? '',
            r.deadlines.map((x) => `${x.label} ${t(x.dueAt)}`).join('\n'),
            r.deadlines.length ? (r.late ? `迟报 ${durationZh(r.lateBySeconds)}` : '按时') : '—',
          ];
        }),
        [11, 8, 15, 17, 10, 24, 15],
      ),
    );
  }

  out.push(heading('四、应急响应'));
  if (!d.responses.length) out.push(para('未启动应急响应。'));
  for (const r of d.responses) {
    const commander = r.commander ? `，总指挥 ${r.commander.name}${r.commander.title ? `（${r.commander.title}）` : ''}` : '';
    out.push(para(`${t(r.startedAt)} 启动${RESPONSE_LEVELS[r.levelChanges[0]?.from ?? r.level].roman}应急响应（${r.startedBy}），指挥机构：${r.commandBody?.name ?? '—'}${commander}。启动依据：${r.basis}`));
    if (r.levelChanges.length) out.push(table(['时间', '响应级别调整', '理由', '决定人'], r.levelChanges.map((c) => [t(c.at), `${RESPONSE_LEVELS[c.from].roman} → ${RESPONSE_LEVELS[c.to].roman}`, c.reason, c.by]), [20, 20, 45, 15]));
    if (r.terminatedAt) out.push(para(`${t(r.terminatedAt)} 终止应急响应（${r.terminatedBy ?? ''}）：${r.terminateReason ?? ''}`));
  }
  const post = inc.commandPost;
  out.push(subheading('现场指挥部'));
  out.push(para(post ? `${post.name}${post.address ? `，${post.address}` : ''}（${post.lon}, ${post.lat}）${post.commander ? `，负责人 ${post.commander.name} ${post.commander.phone}` : ''}${post.videoUrl ? `，视频 ${post.videoUrl}` : ''}；${t(post.setAt)} 由${post.setBy}设立。` : '未设立现场指挥部。'));

  out.push(heading('五、任务落实'));
  if (!inc.tasks.length) out.push(para('无任务。'));
  else out.push(table(['序号', '任务', '责任单位', '时限', '状态', '完成时间'], inc.tasks.map((k, i) => [String(i + 1), k.note ? `${k.title}\n${k.note}` : k.title, k.ownerUnit.name, t(k.dueAt), TASK_ZH[k.status], t(k.finishedAt)]), [7, 35, 18, 15, 10, 15]));

  out.push(heading('六、力量调度'));
  const dispatches = d.timeline.filter((e) => isDispatchKind(e.kind));
  if (!dispatches.length) out.push(para('无调度记录。'));
  else out.push(table(['时间', '调度情况', '记录人'], dispatches.map((e) => [t(e.at), e.text, e.by.name]), [18, 64, 18]));

  out.push(heading('七、事件时间线'));
  out.push(table(['时间', '类别', '内容', '记录人'], d.timeline.map((e) => [t(e.at), kindZh(e.kind), e.text, e.by.name]), [17, 12, 55, 16]));
  if (d.timelineTotal > d.timeline.length) out.push(para(`（时间线共 ${d.timelineTotal} 条，此处列出前 ${d.timeline.length} 条。）`));

  out.push(heading('八、总结评估'));
  const rv = d.review;
  if (rv.status === 'none') out.push(para('尚未开展总结评估。'), para(`据事件记录统计：${factsSummary(f)}`));
  else {
    out.push(para(rv.status === 'final' ? `定稿：${rv.finalisedBy ?? ''}，${t(rv.finalisedAt)}。` : `草稿（${rv.updatedBy?.name ?? ''}，${t(rv.updatedAt)}），尚未定稿。`));
    out.push(para(`据事件记录统计：${factsSummary(f)}`));
    for (const [h, text] of [['（一）事件经过', rv.summary], ['（二）应急处置', rv.response], ['（三）评估', rv.assessment], ['（四）经验教训', rv.lessons], ['（五）整改措施', rv.measures]] as const) out.push(subheading(h), ...paras(text));
  }

  out.push(note(`${d.exportedBy} 于 ${localTime(d.exportedAt, d.utcOffsetMinutes)} 导出 · 守望应急管理平台根据事件记录生成`));
  return out;
}
