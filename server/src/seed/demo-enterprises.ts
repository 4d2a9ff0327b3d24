import { EnterpriseCreate, HazardSourceCreate, type ChemicalLineInput } from '@shouwang/contracts';
import type { Platform } from '../app.js';
import type { Actor } from '../foundation/auth/actor.js';

/*
 * Demo enterprises and major hazard sources in 乌海 (乌达/海南 industrial parks) and 鄂尔多斯 (准格尔,
 * 鄂托克 棋盘井), the region's chemical and coal belt. Places and region codes are real; enterprise names,
 * people, phone numbers and quantities are invented, and the credit codes are made up with a valid check
 * character. Quantities are chosen so the grades spread over 一级 … 四级 and one source is not major.
 */

const line = (name: string, quantityTonnes: number, more: Omit<ChemicalLineInput, 'name' | 'quantityTonnes'> = {}): ChemicalLineInput => ({ name, quantityTonnes, ...more });
const persons = (principal: string, technical: string, operational: string, phonePrefix: string) => ({
  principal: { name: principal, phone: `${phonePrefix}01`, title: '总经理' },
  technical: { name: technical, phone: `${phonePrefix}02`, title: '总工程师' },
  operational: { name: operational, phone: `${phonePrefix}03`, title: '车间主任' },
});

type DemoEnterprise = { enterprise: EnterpriseCreate; hazardSources: HazardSourceCreate[] };

export const DEMO_ENTERPRISES: DemoEnterprise[] = [
  {
    enterprise: {
      name: '乌海恒晟氯碱化工有限公司', uscc: '91150304MA0N3K7C2Y', industry: 'hazchem_production', regionCode: '150304400000', lon: 106.694, lat: 39.468,
      address: '乌海市乌达区乌达经济开发区', principal: { name: '周志刚', phone: '13904738101' }, safetyManager: { name: '韩立新', phone: '13904738102' }, riskGrade: 'major',
    },
    hazardSources: [
      {
        name: '液氯储罐区', exposedPopulation: 20, description: '6 台 25 m³ 液氯储罐，配碱液吸收装置',
        units: [{ name: '液氯储罐区', kind: 'tank_farm' }],
        chemicals: [line('液氯', 150, { cas: '7782-50-5', unitName: '液氯储罐区' })],
        packagePersons: persons('周志刚', '李红军', '马海涛', '139047381'),
      },
      {
        name: '氯乙烯单体储存及聚合装置', exposedPopulation: 40,
        units: [{ name: '氯乙烯球罐区', kind: 'tank_farm' }, { name: 'PVC 聚合装置', kind: 'production_unit' }],
        chemicals: [line('氯乙烯', 1200, { cas: '75-01-4', hazardCategory: 'W2', unitName: '氯乙烯球罐区' }), line('氢气', 2, { cas: '1333-74-0', hazardCategory: 'W2', unitName: 'PVC 聚合装置' })],
        packagePersons: persons('周志刚', '李红军', '王建平', '139047382'),
      },
      {
        name: '电石库', exposedPopulation: 10,
        units: [{ name: '电石库', kind: 'warehouse', description: '密闭防潮库房' }],
        chemicals: [line('电石', 2000, { cas: '75-20-7', hazardCategory: 'W11', unitName: '电石库' })],
        packagePersons: persons('周志刚', '赵文斌', '刘永强', '139047383'),
      },
    ],
  },
  {
    enterprise: {
      name: '乌海金岚焦化有限责任公司', uscc: '91150303MA0Q8W5T1D', industry: 'hazchem_production', regionCode: '150303000000', lon: 106.872, lat: 39.402,
      address: '乌海市海南区海南工业园区', principal: { name: '高建国', phone: '13904738201' }, safetyManager: { name: '苏海军', phone: '13904738202' }, riskGrade: 'significant',
    },
    hazardSources: [
      {
        name: '粗苯储罐区', exposedPopulation: 60,
        units: [{ name: '粗苯储罐区', kind: 'tank_farm' }],
        chemicals: [line('苯', 1800, { cas: '71-43-2', hazardCategory: 'W5.3', unitName: '粗苯储罐区' })],
        packagePersons: persons('高建国', '田志强', '杨帆', '139047384'),
      },
      {
        name: '脱硝液氨储罐', exposedPopulation: 120,
        units: [{ name: '液氨储罐', kind: 'tank_farm' }],
        chemicals: [line('液氨', 40, { cas: '7664-41-7', unitName: '液氨储罐' })],
        packagePersons: persons('高建国', '田志强', '郭鹏', '139047385'),
      },
    ],
  },
  {
    enterprise: {
      name: '乌海千里山矿业有限公司', uscc: '91150302MA0R2H6P4F', industry: 'coal_mine', regionCode: '150302101000', lon: 106.862, lat: 39.742,
      address: '乌海市海勃湾区千里山镇', principal: { name: '白玉林', phone: '13904738301' }, safetyManager: { name: '张海鹰', phone: '13904738302' }, riskGrade: 'general',
    },
    hazardSources: [
      {
        name: '井下爆破器材库', exposedPopulation: 0,
        units: [{ name: '炸药库', kind: 'warehouse' }],
        chemicals: [line('乳化炸药', 3, { hazardCategory: 'W1.1', unitName: '炸药库' })],
        packagePersons: persons('白玉林', '孟凡军', '贾小龙', '139047386'),
      },
    ],
  },
  {
    enterprise: {
      name: '乌海市海勃湾区瑞通液化气储配站', uscc: '91150302MA13X7LD87', industry: 'hazchem_trading', regionCode: '150302000000', lon: 106.801, lat: 39.701,
      address: '乌海市海勃湾区千里山路北段', principal: { name: '任海燕', phone: '13904738401' }, safetyManager: { name: '冯刚', phone: '13904738402' }, riskGrade: 'general',
    },
    hazardSources: [
      {
        name: '液化石油气储罐', exposedPopulation: 300,
        units: [{ name: '卧式储罐区', kind: 'tank_farm' }],
        chemicals: [line('液化石油气', 40, { cas: '68476-85-7', hazardCategory: 'W2', unitName: '卧式储罐区' })],
        packagePersons: persons('任海燕', '冯刚', '吴斌', '139047387'),
      },
    ],
  },
  {
    enterprise: {
      name: '准格尔旗大路煤化工有限公司', uscc: '91150622MA0PY4B93E', industry: 'hazchem_production', regionCode: '150622102000', lon: 111.145, lat: 40.012,
      address: '鄂尔多斯市准格尔旗大路工业园区', principal: { name: '刘振华', phone: '13904778101' }, safetyManager: { name: '乌力吉', phone: '13904778102' }, riskGrade: 'major',
    },
    hazardSources: [
      {
        name: '甲醇罐区', exposedPopulation: 10,
        units: [{ name: '甲醇成品罐区', kind: 'tank_farm' }],
        chemicals: [line('甲醇', 30000, { cas: '67-56-1', hazardCategory: 'W5.3', unitName: '甲醇成品罐区' })],
        packagePersons: persons('刘振华', '张宏伟', '巴特尔', '139047781'),
      },
      {
        name: '液氨罐区', exposedPopulation: 10,
        units: [{ name: '液氨球罐区', kind: 'tank_farm' }],
        chemicals: [line('液氨', 520, { cas: '7664-41-7', unitName: '液氨球罐区' })],
        packagePersons: persons('刘振华', '张宏伟', '其木格', '139047782'),
      },
    ],
  },
  {
    enterprise: {
      name: '鄂托克旗棋盘井宏远化肥有限公司', uscc: '91150624MA0MJ5E67T', industry: 'hazchem_production', regionCode: '150624101000', lon: 107.226, lat: 39.338,
      address: '鄂尔多斯市鄂托克旗棋盘井镇（内蒙古鄂托克经济开发区）', principal: { name: '陈德胜', phone: '13904778201' }, safetyManager: { name: '额尔敦', phone: '13904778202' }, riskGrade: 'major',
    },
    hazardSources: [
      {
        name: '合成氨液氨储罐区', exposedPopulation: 0,
        units: [{ name: '液氨储罐区', kind: 'tank_farm' }],
        chemicals: [line('液氨', 2000, { cas: '7664-41-7', unitName: '液氨储罐区' })],
        packagePersons: persons('陈德胜', '王志远', '娜仁', '139047783'),
      },
      {
        name: '合成气净化装置', exposedPopulation: 200, description: '变换、脱碳及甲烷化工段',
        units: [{ name: '净化装置', kind: 'production_unit' }],
        // CO is not in the shipped Table 1 rows: its Q comes from Table 2 (J3), its β from Table 3.
        chemicals: [line('氢气', 3, { cas: '1333-74-0', hazardCategory: 'W2', unitName: '净化装置' }), line('一氧化碳', 20, { cas: '630-08-0', hazardCategory: 'J3', unitName: '净化装置' })],
        packagePersons: persons('陈德胜', '王志远', '包海龙', '139047784'),
      },
    ],
  },
  {
    enterprise: {
      name: '准格尔旗黑岱沟东露天煤业有限公司', uscc: '91150622MA0Q1CT25E', industry: 'coal_mine', regionCode: '150622100000', lon: 111.318, lat: 39.781,
      address: '鄂尔多斯市准格尔旗薛家湾镇', principal: { name: '杜永胜', phone: '13904778301' }, safetyManager: { name: '赵二虎', phone: '13904778302' }, riskGrade: 'significant',
    },
    hazardSources: [
      {
        name: '爆破器材储存库', exposedPopulation: 0,
        units: [{ name: '地面炸药库', kind: 'warehouse' }],
        chemicals: [line('乳化炸药', 20, { hazardCategory: 'W1.1', unitName: '地面炸药库' })],
        packagePersons: persons('杜永胜', '石磊', '郝建军', '139047785'),
      },
    ],
  },
];

/** Writes the demo enterprises through the services, so their sources are graded like any other. */
export async function seedDemoEnterprises(p: Platform, actor: Actor): Promise<{ enterprises: number; hazardSources: number; sourceIds: Map<string, string> }> {
  const sourceIds = new Map<string, string>();
  for (const demo of DEMO_ENTERPRISES) {
    const e = await p.services.enterprises.create(actor, EnterpriseCreate.parse(demo.enterprise));
    for (const source of demo.hazardSources) {
      const created = await p.services.hazardSources.create(actor, e.id, HazardSourceCreate.parse(source));
      sourceIds.set(`${demo.enterprise.name}/${source.name}`, created.id);
    }
  }
  return { enterprises: DEMO_ENTERPRISES.length, hazardSources: sourceIds.size, sourceIds };
}
