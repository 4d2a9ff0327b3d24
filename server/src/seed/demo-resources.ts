import type { z } from 'zod';
import type {
  EquipmentLine,
  ExpertCreate,
  FacilityCreate,
  ForceLevel,
  Speciality,
  SupplyItemCreate,
  TeamKind,
  WarehouseCreate,
} from '@shouwang/contracts';

/*
 * Demo emergency resources for Inner Mongolia, centred on 乌海, 鄂尔多斯 and 包头, so the one map is
 * meaningful on first start. Place names and region codes are real (inner-mongolia.csv); coordinates are
 * WGS-84 near the seat of the named banner/district/town — close enough for a map and a nearest search,
 * not survey data. People, phone numbers and quantities are invented.
 */

type Equipment = z.input<typeof EquipmentLine>;
const eq = (name: string, quantity: number, unit: string): Equipment => ({ name, quantity, unit });

// ---------------------------------------------------------------- equipment loadouts

/** What a team of each kind typically holds; the numbers follow the team's tier, not a standard. */
export const LOADOUTS = {
  forest_grassland_fire: [
    eq('风力灭火机', 30, '台'), eq('高压细水雾灭火机', 10, '台'), eq('背负式水枪', 40, '支'), eq('二号扑火工具', 60, '把'),
    eq('便携式高压水泵', 6, '台'), eq('软体水囊（5吨）', 4, '个'), eq('越野运兵车', 4, '辆'), eq('森林消防水罐车', 2, '辆'),
    eq('油锯', 4, '台'), eq('北斗手持终端', 10, '部'), eq('侦察无人机', 2, '架'), eq('野外宿营帐篷', 10, '顶'),
  ],
  flood_drought: [
    eq('冲锋舟', 6, '艘'), eq('橡皮艇', 8, '艘'), eq('船外机', 8, '台'), eq('救生衣', 120, '件'), eq('救生圈', 40, '个'),
    eq('气动抛投器', 6, '具'), eq('大流量排水抢险车', 2, '辆'), eq('浮艇泵', 4, '套'), eq('柴油发电机组', 4, '台'),
    eq('移动照明灯塔', 4, '台'), eq('液压打桩机', 2, '台'), eq('运兵车', 3, '辆'),
  ],
  earthquake_geological: [
    eq('音视频生命探测仪', 4, '台'), eq('雷达生命探测仪', 1, '台'), eq('液压破拆工具组', 6, '套'), eq('起重气垫', 4, '套'),
    eq('凿岩机', 4, '台'), eq('支撑套具', 4, '套'), eq('无齿锯', 6, '台'), eq('搜救犬', 4, '条'), eq('卫星电话', 4, '部'),
    eq('侦察无人机', 3, '架'), eq('照明消防车', 1, '辆'), eq('小型挖掘机', 1, '台'), eq('运兵车', 3, '辆'),
  ],
  hazardous_chemicals: [
    eq('泡沫消防车', 3, '辆'), eq('举高喷射消防车', 1, '辆'), eq('防化洗消车', 1, '辆'), eq('一级（重型）防化服', 20, '套'),
    eq('二级防化服', 40, '套'), eq('正压式空气呼吸器', 40, '具'), eq('有毒有害气体检测仪', 10, '台'), eq('可燃气体检测仪', 10, '台'),
    eq('堵漏器材', 6, '套'), eq('防爆输转泵', 4, '台'), eq('吸附棉', 500, '公斤'), eq('泡沫灭火剂', 20, '吨'), eq('远程供水系统', 1, '套'),
  ],
  coal_mine: [
    eq('矿山救护车', 4, '辆'), eq('正压氧气呼吸器（4小时）', 40, '台'), eq('氧气呼吸器（2小时）', 20, '台'), eq('自动苏生器', 4, '台'),
    eq('光干涉式瓦斯检测仪', 10, '台'), eq('一氧化碳检测仪', 10, '台'), eq('多参数气体检测仪', 12, '台'), eq('灾区电话', 4, '套'),
    eq('红外热成像仪', 2, '台'), eq('液压起重器', 4, '套'), eq('惰气灭火装置', 1, '套'), eq('高倍数泡沫灭火机', 1, '台'), eq('生命探测仪', 2, '台'),
  ],
  non_coal_mine: [
    eq('矿山救护车', 3, '辆'), eq('正压氧气呼吸器（4小时）', 30, '台'), eq('多参数气体检测仪', 8, '台'), eq('钻孔生命探测仪', 1, '台'),
    eq('矿用潜水排水泵', 6, '台'), eq('液压破拆工具组', 4, '套'), eq('绳索救援装备', 6, '套'), eq('灾区电话', 2, '套'), eq('卫星电话', 2, '部'),
  ],
  urban_safety: [
    eq('液压破拆工具组', 8, '套'), eq('音视频生命探测仪', 4, '台'), eq('高空绳索救援装备', 10, '套'), eq('举高喷射消防车', 1, '辆'),
    eq('抢险救援车', 2, '辆'), eq('照明消防车', 1, '辆'), eq('燃气检测仪', 8, '台'), eq('电梯救援工具', 6, '套'), eq('侦察无人机', 2, '架'), eq('排烟机器人', 1, '台'),
  ],
  comprehensive_city: [
    eq('抢险救援车', 3, '辆'), eq('运兵车', 4, '辆'), eq('大流量排水抢险车', 1, '辆'), eq('冲锋舟', 4, '艘'), eq('救生衣', 80, '件'),
    eq('液压破拆工具组', 6, '套'), eq('音视频生命探测仪', 3, '台'), eq('柴油发电机组', 4, '台'), eq('侦察无人机', 3, '架'), eq('卫星电话', 3, '部'),
    eq('多参数气体检测仪', 6, '台'), eq('正压式空气呼吸器', 20, '具'), eq('救灾帐篷', 20, '顶'),
  ],
  comprehensive_county: [
    eq('抢险救援车', 1, '辆'), eq('运兵车', 2, '辆'), eq('冲锋舟', 2, '艘'), eq('救生衣', 40, '件'), eq('液压破拆工具组', 2, '套'),
    eq('柴油发电机组', 2, '台'), eq('排水泵', 4, '台'), eq('侦察无人机', 1, '架'), eq('风力灭火机', 10, '台'), eq('对讲机', 20, '部'), eq('救灾帐篷', 10, '顶'),
  ],
  township: [
    eq('风力灭火机', 5, '台'), eq('灭火器', 20, '具'), eq('铁锹', 30, '把'), eq('救生衣', 20, '件'), eq('应急照明灯', 10, '台'),
    eq('便携式发电机', 1, '台'), eq('对讲机', 10, '部'), eq('急救包', 5, '个'), eq('皮卡车', 1, '辆'),
  ],
  village: [eq('灭火器', 10, '具'), eq('铁锹', 15, '把'), eq('应急照明灯', 5, '台'), eq('手持扩音器', 3, '个'), eq('急救包', 2, '个')],
  social: [
    eq('冲锋舟', 2, '艘'), eq('救生衣', 40, '件'), eq('抛绳包', 20, '个'), eq('绳索救援装备', 4, '套'), eq('侦察无人机', 3, '架'),
    eq('越野车', 3, '辆'), eq('急救包', 10, '个'), eq('AED', 2, '台'), eq('卫星电话', 1, '部'),
  ],
  enterprise_coal: [
    eq('矿山救护车', 2, '辆'), eq('正压氧气呼吸器（4小时）', 24, '台'), eq('光干涉式瓦斯检测仪', 6, '台'), eq('多参数气体检测仪', 6, '台'),
    eq('自动苏生器', 2, '台'), eq('灾区电话', 2, '套'),
  ],
  enterprise_chemical: [
    eq('泡沫消防车', 2, '辆'), eq('一级（重型）防化服', 8, '套'), eq('正压式空气呼吸器', 20, '具'), eq('有毒有害气体检测仪', 6, '台'),
    eq('堵漏器材', 3, '套'), eq('泡沫灭火剂', 8, '吨'),
  ],
} satisfies Record<string, Equipment[]>;
export type Loadout = keyof typeof LOADOUTS;

// ---------------------------------------------------------------- teams

export type DemoTeam = {
  name: string;
  kind: TeamKind;
  specialities: Speciality[];
  level: ForceLevel;
  regionCode: string;
  lon: number;
  lat: number;
  baseAddress: string;
  /** Roster size; the members themselves are generated deterministically at seed time. */
  size: number;
  loadout: Loadout;
  status?: { status: 'deployed' | 'resting'; note: string };
};

const SPECIALITY_NAME: Record<Speciality, string> = {
  forest_grassland_fire: '森林草原防灭火',
  flood_drought: '防汛抗旱',
  earthquake_geological: '地震地质灾害',
  hazardous_chemicals: '危险化学品',
  coal_mine: '煤矿',
  non_coal_mine: '非煤矿山',
  urban_safety: '城市安全',
  medical: '医学救援',
  general_rescue: '综合救援',
  water_rescue: '水域救援',
};

type RegionTeamRow = { spec: Speciality; city: string; ordinal?: '第一' | '第二'; regionCode: string; lon: number; lat: number; base: string; size: number };

/**
 * The 34 自治区级 professional teams of the 14th five-year emergency-system plan (lines 184–192):
 * 14 natural-disaster and 20 production-safety teams, each based in a banner/district of its city
 * where that hazard is (forests of 大兴安岭, the 黄河 in 巴彦淖尔, coal at 伊金霍洛/海南区/平庄 …).
 */
const REGION_TEAM_ROWS: RegionTeamRow[] = [
  // 森林草原防灭火 ×6
  { spec: 'forest_grassland_fire', city: '呼伦贝尔', ordinal: '第一', regionCode: '150782000000', lon: 120.741, lat: 49.298, base: '呼伦贝尔市牙克石市城区（大兴安岭林区）', size: 48 },
  { spec: 'forest_grassland_fire', city: '呼伦贝尔', ordinal: '第二', regionCode: '150785000000', lon: 121.509, lat: 50.771, base: '呼伦贝尔市根河市城区', size: 46 },
  { spec: 'forest_grassland_fire', city: '呼和浩特', regionCode: '150125000000', lon: 111.462, lat: 41.078, base: '呼和浩特市武川县可可以力更镇（大青山北麓）', size: 40 },
  { spec: 'forest_grassland_fire', city: '通辽', regionCode: '150526000000', lon: 120.896, lat: 44.571, base: '通辽市扎鲁特旗鲁北镇', size: 38 },
  { spec: 'forest_grassland_fire', city: '赤峰', regionCode: '150425000000', lon: 117.563, lat: 43.249, base: '赤峰市克什克腾旗经棚镇', size: 42 },
  { spec: 'forest_grassland_fire', city: '巴彦淖尔', regionCode: '150823000000', lon: 108.662, lat: 40.728, base: '巴彦淖尔市乌拉特前旗乌拉山镇', size: 36 },
  // 防汛抗旱 ×2
  { spec: 'flood_drought', city: '呼伦贝尔', regionCode: '150722000000', lon: 124.523, lat: 48.471, base: '呼伦贝尔市莫力达瓦达斡尔族自治旗尼尔基镇（嫩江左岸）', size: 40 },
  { spec: 'flood_drought', city: '巴彦淖尔', regionCode: '150822000000', lon: 107.022, lat: 40.318, base: '巴彦淖尔市磴口县巴彦高勒镇（黄河三盛公枢纽附近）', size: 42 },
  // 地震地质灾害 ×6
  { spec: 'earthquake_geological', city: '呼和浩特', ordinal: '第一', regionCode: '150105000000', lon: 111.716, lat: 40.784, base: '呼和浩特市赛罕区', size: 50 },
  { spec: 'earthquake_geological', city: '呼和浩特', ordinal: '第二', regionCode: '150121000000', lon: 111.172, lat: 40.706, base: '呼和浩特市土默特左旗察素齐镇', size: 40 },
  { spec: 'earthquake_geological', city: '呼伦贝尔', regionCode: '150702000000', lon: 119.745, lat: 49.198, base: '呼伦贝尔市海拉尔区', size: 38 },
  { spec: 'earthquake_geological', city: '赤峰', regionCode: '150402000000', lon: 118.972, lat: 42.258, base: '赤峰市红山区', size: 40 },
  { spec: 'earthquake_geological', city: '鄂尔多斯', regionCode: '150602000000', lon: 109.941, lat: 39.834, base: '鄂尔多斯市东胜区', size: 42 },
  { spec: 'earthquake_geological', city: '乌海', regionCode: '150302000000', lon: 106.834, lat: 39.694, base: '乌海市海勃湾区', size: 38 },
  // 危险化学品 ×7
  { spec: 'hazardous_chemicals', city: '阿拉善', regionCode: '152971000000', lon: 106.637, lat: 39.402, base: '阿拉善盟内蒙古阿拉善高新技术产业开发区（乌斯太镇）', size: 44 },
  { spec: 'hazardous_chemicals', city: '乌海', regionCode: '150304000000', lon: 106.701, lat: 39.472, base: '乌海市乌达区乌达经济开发区', size: 46 },
  { spec: 'hazardous_chemicals', city: '鄂尔多斯', regionCode: '150624000000', lon: 107.221, lat: 39.331, base: '鄂尔多斯市鄂托克旗棋盘井镇（内蒙古鄂托克经济开发区）', size: 48 },
  { spec: 'hazardous_chemicals', city: '呼和浩特', regionCode: '150122000000', lon: 111.205, lat: 40.268, base: '呼和浩特市托克托县托电工业园区', size: 40 },
  { spec: 'hazardous_chemicals', city: '乌兰察布', regionCode: '150926000000', lon: 113.223, lat: 40.769, base: '乌兰察布市察哈尔右翼前旗土贵乌拉镇（乌兰察布工业园区）', size: 38 },
  { spec: 'hazardous_chemicals', city: '赤峰', regionCode: '150403000000', lon: 119.302, lat: 42.031, base: '赤峰市元宝山区（赤峰高新区元宝山产业园）', size: 40 },
  { spec: 'hazardous_chemicals', city: '通辽', regionCode: '150502000000', lon: 122.288, lat: 43.601, base: '通辽市科尔沁区（通辽经济技术开发区）', size: 40 },
  // 煤矿 ×5
  { spec: 'coal_mine', city: '鄂尔多斯', regionCode: '150627000000', lon: 109.768, lat: 39.553, base: '鄂尔多斯市伊金霍洛旗阿勒腾席热镇', size: 50 },
  { spec: 'coal_mine', city: '乌海', regionCode: '150303000000', lon: 106.907, lat: 39.421, base: '乌海市海南区（公乌素矿区）', size: 44 },
  { spec: 'coal_mine', city: '锡林郭勒', regionCode: '152502000000', lon: 116.094, lat: 43.958, base: '锡林郭勒盟锡林浩特市（胜利煤田）', size: 40 },
  { spec: 'coal_mine', city: '赤峰', regionCode: '150403000000', lon: 119.318, lat: 42.052, base: '赤峰市元宝山区平庄镇', size: 42 },
  { spec: 'coal_mine', city: '呼伦贝尔', regionCode: '150725000000', lon: 119.436, lat: 49.318, base: '呼伦贝尔市陈巴尔虎旗巴彦库仁镇（宝日希勒矿区）', size: 40 },
  // 非煤矿山 ×5
  { spec: 'non_coal_mine', city: '巴彦淖尔', regionCode: '150824000000', lon: 108.532, lat: 41.561, base: '巴彦淖尔市乌拉特中旗海流图镇', size: 36 },
  { spec: 'non_coal_mine', city: '包头', regionCode: '150206000000', lon: 109.981, lat: 41.762, base: '包头市白云鄂博矿区', size: 40 },
  { spec: 'non_coal_mine', city: '锡林郭勒', regionCode: '152525000000', lon: 116.982, lat: 45.521, base: '锡林郭勒盟东乌珠穆沁旗乌里雅斯太镇', size: 34 },
  { spec: 'non_coal_mine', city: '赤峰', regionCode: '150424000000', lon: 118.063, lat: 43.602, base: '赤峰市林西县林西镇', size: 36 },
  { spec: 'non_coal_mine', city: '呼伦贝尔', regionCode: '150727000000', lon: 116.834, lat: 48.681, base: '呼伦贝尔市新巴尔虎右旗阿拉坦额莫勒镇', size: 34 },
  // 城市安全 ×3
  { spec: 'urban_safety', city: '呼和浩特', regionCode: '150102000000', lon: 111.684, lat: 40.853, base: '呼和浩特市新城区', size: 46 },
  { spec: 'urban_safety', city: '包头', regionCode: '150203000000', lon: 109.851, lat: 40.633, base: '包头市昆都仑区', size: 44 },
  { spec: 'urban_safety', city: '赤峰', regionCode: '150404000000', lon: 118.941, lat: 42.301, base: '赤峰市松山区', size: 40 },
];

export const REGION_TEAMS: DemoTeam[] = REGION_TEAM_ROWS.map((r) => ({
  name: `内蒙古自治区${SPECIALITY_NAME[r.spec]}应急救援${r.city}${r.ordinal ?? ''}队`,
  kind: 'professional',
  specialities: [r.spec],
  level: 'region',
  regionCode: r.regionCode,
  lon: r.lon,
  lat: r.lat,
  baseAddress: r.base,
  size: r.size,
  loadout: r.spec as Loadout,
  // A team far from the demo cities is out on a job, so the map shows a deployed team without
  // taking one away from the 乌海 journeys.
  ...(r.spec === 'forest_grassland_fire' && r.ordinal === '第一' && { status: { status: 'deployed' as const, note: '赴根河市满归林场支援扑救森林火情' } }),
}));

/**
 * The grassroots structure of the Ordos measures (六, 七), applied to 鄂尔多斯 and 乌海: a city
 * comprehensive team (≥ 50), one per banner/district (≥ 30; 杭锦旗 is deliberately short, 26, so the
 * strength check has a finding), township 应急突击队 (≥ 20) and village/community forces (≥ 10).
 */
export const GRASSROOTS_TEAMS: DemoTeam[] = [
  // 市级综合性应急救援队
  { name: '鄂尔多斯市综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'water_rescue', 'earthquake_geological'], level: 'prefecture', regionCode: '150600000000', lon: 109.792, lat: 39.617, baseAddress: '鄂尔多斯市康巴什区', size: 62, loadout: 'comprehensive_city' },
  { name: '乌海市综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'water_rescue', 'hazardous_chemicals'], level: 'prefecture', regionCode: '150300000000', lon: 106.832, lat: 39.662, baseAddress: '乌海市海勃湾区', size: 56, loadout: 'comprehensive_city' },
  // 旗区综合性应急救援队
  { name: '海勃湾区综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'water_rescue'], level: 'county', regionCode: '150302000000', lon: 106.818, lat: 39.688, baseAddress: '乌海市海勃湾区', size: 34, loadout: 'comprehensive_county' },
  { name: '海南区综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'coal_mine'], level: 'county', regionCode: '150303000000', lon: 106.882, lat: 39.448, baseAddress: '乌海市海南区拉僧仲街道', size: 32, loadout: 'comprehensive_county' },
  { name: '乌达区综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'county', regionCode: '150304000000', lon: 106.721, lat: 39.514, baseAddress: '乌海市乌达区', size: 31, loadout: 'comprehensive_county' },
  { name: '东胜区综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'urban_safety'], level: 'county', regionCode: '150602000000', lon: 109.952, lat: 39.827, baseAddress: '鄂尔多斯市东胜区', size: 38, loadout: 'comprehensive_county' },
  { name: '康巴什区综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'water_rescue'], level: 'county', regionCode: '150603000000', lon: 109.774, lat: 39.603, baseAddress: '鄂尔多斯市康巴什区', size: 33, loadout: 'comprehensive_county' },
  {
    name: '达拉特旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'flood_drought'], level: 'county', regionCode: '150621000000', lon: 110.048, lat: 40.392, baseAddress: '鄂尔多斯市达拉特旗树林召镇', size: 35, loadout: 'comprehensive_county',
    status: { status: 'resting', note: '黄河凌汛抢险任务结束，轮换休整' },
  },
  { name: '准格尔旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'coal_mine'], level: 'county', regionCode: '150622000000', lon: 111.232, lat: 39.876, baseAddress: '鄂尔多斯市准格尔旗薛家湾镇', size: 36, loadout: 'comprehensive_county' },
  { name: '鄂托克前旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue'], level: 'county', regionCode: '150623000000', lon: 107.472, lat: 38.188, baseAddress: '鄂尔多斯市鄂托克前旗敖勒召其镇', size: 30, loadout: 'comprehensive_county' },
  { name: '鄂托克旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'county', regionCode: '150624000000', lon: 107.988, lat: 39.097, baseAddress: '鄂尔多斯市鄂托克旗乌兰镇', size: 31, loadout: 'comprehensive_county' },
  { name: '杭锦旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'county', regionCode: '150625000000', lon: 108.732, lat: 39.838, baseAddress: '鄂尔多斯市杭锦旗锡尼镇', size: 26, loadout: 'comprehensive_county' },
  { name: '乌审旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'county', regionCode: '150626000000', lon: 108.848, lat: 38.607, baseAddress: '鄂尔多斯市乌审旗嘎鲁图镇', size: 30, loadout: 'comprehensive_county' },
  { name: '伊金霍洛旗综合应急救援队', kind: 'comprehensive', specialities: ['general_rescue', 'coal_mine'], level: 'county', regionCode: '150627000000', lon: 109.752, lat: 39.566, baseAddress: '鄂尔多斯市伊金霍洛旗阿勒腾席热镇', size: 37, loadout: 'comprehensive_county' },
  // 苏木乡镇（街道）应急突击队
  { name: '千里山镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'township', regionCode: '150302101000', lon: 106.862, lat: 39.735, baseAddress: '乌海市海勃湾区千里山镇', size: 24, loadout: 'township' },
  { name: '滨河街道应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'water_rescue'], level: 'township', regionCode: '150302007000', lon: 106.801, lat: 39.659, baseAddress: '乌海市海勃湾区滨河街道', size: 20, loadout: 'township' },
  { name: '拉僧庙镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'township', regionCode: '150303103000', lon: 106.868, lat: 39.556, baseAddress: '乌海市海南区拉僧庙镇', size: 22, loadout: 'township' },
  { name: '巴音陶亥镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'flood_drought'], level: 'township', regionCode: '150303104000', lon: 106.786, lat: 39.336, baseAddress: '乌海市海南区巴音陶亥镇', size: 21, loadout: 'township' },
  { name: '公乌素镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'coal_mine'], level: 'township', regionCode: '150303102000', lon: 106.929, lat: 39.371, baseAddress: '乌海市海南区公乌素镇', size: 20, loadout: 'township' },
  { name: '乌兰淖尔镇应急突击队', kind: 'grassroots', specialities: ['general_rescue'], level: 'township', regionCode: '150304101000', lon: 106.652, lat: 39.551, baseAddress: '乌海市乌达区乌兰淖尔镇', size: 22, loadout: 'township' },
  { name: '罕台镇应急突击队', kind: 'grassroots', specialities: ['general_rescue'], level: 'township', regionCode: '150602101000', lon: 109.862, lat: 39.812, baseAddress: '鄂尔多斯市东胜区罕台镇', size: 23, loadout: 'township' },
  { name: '铜川镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'township', regionCode: '150602102000', lon: 110.051, lat: 39.703, baseAddress: '鄂尔多斯市东胜区铜川镇', size: 21, loadout: 'township' },
  { name: '树林召镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'flood_drought'], level: 'township', regionCode: '150621100000', lon: 110.036, lat: 40.402, baseAddress: '鄂尔多斯市达拉特旗树林召镇', size: 24, loadout: 'township' },
  { name: '薛家湾镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'coal_mine'], level: 'township', regionCode: '150622100000', lon: 111.226, lat: 39.858, baseAddress: '鄂尔多斯市准格尔旗薛家湾镇', size: 26, loadout: 'township' },
  { name: '大路镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'township', regionCode: '150622102000', lon: 111.365, lat: 40.128, baseAddress: '鄂尔多斯市准格尔旗大路镇', size: 22, loadout: 'township' },
  { name: '棋盘井镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'township', regionCode: '150624101000', lon: 107.232, lat: 39.342, baseAddress: '鄂尔多斯市鄂托克旗棋盘井镇', size: 25, loadout: 'township' },
  { name: '锡尼镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'township', regionCode: '150625100000', lon: 108.742, lat: 39.842, baseAddress: '鄂尔多斯市杭锦旗锡尼镇', size: 20, loadout: 'township' },
  { name: '嘎鲁图镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'forest_grassland_fire'], level: 'township', regionCode: '150626100000', lon: 108.842, lat: 38.598, baseAddress: '鄂尔多斯市乌审旗嘎鲁图镇', size: 21, loadout: 'township' },
  { name: '乌兰木伦镇应急突击队', kind: 'grassroots', specialities: ['general_rescue', 'coal_mine'], level: 'township', regionCode: '150627102000', lon: 110.006, lat: 39.382, baseAddress: '鄂尔多斯市伊金霍洛旗乌兰木伦镇', size: 23, loadout: 'township' },
  // 嘎查村（社区）兼职应急救援力量
  { name: '公园社区应急救援队', kind: 'grassroots', specialities: ['general_rescue'], level: 'village', regionCode: '150302001003', lon: 106.826, lat: 39.676, baseAddress: '乌海市海勃湾区凤凰岭街道公园社区（含微型消防站）', size: 14, loadout: 'village' },
  { name: '富强社区应急救援队', kind: 'grassroots', specialities: ['general_rescue'], level: 'village', regionCode: '150304002001', lon: 106.708, lat: 39.492, baseAddress: '乌海市乌达区三道坎街道富强社区（含微型消防站）', size: 12, loadout: 'village' },
  { name: '王青塔村应急救援队', kind: 'grassroots', specialities: ['general_rescue'], level: 'village', regionCode: '150622001201', lon: 111.212, lat: 39.851, baseAddress: '鄂尔多斯市准格尔旗兴隆街道王青塔村', size: 12, loadout: 'village' },
  { name: '深井村应急救援队', kind: 'grassroots', specialities: ['general_rescue', 'hazardous_chemicals'], level: 'village', regionCode: '150624101200', lon: 107.251, lat: 39.327, baseAddress: '鄂尔多斯市鄂托克旗棋盘井镇深井村', size: 12, loadout: 'village' },
  { name: '包日塔拉嘎查应急救援队', kind: 'grassroots', specialities: ['forest_grassland_fire'], level: 'village', regionCode: '150624100202', lon: 108.012, lat: 39.108, baseAddress: '鄂尔多斯市鄂托克旗乌兰镇包日塔拉嘎查', size: 10, loadout: 'village' },
  { name: '敖勒召其嘎查应急救援队', kind: 'grassroots', specialities: ['forest_grassland_fire'], level: 'village', regionCode: '150623100200', lon: 107.491, lat: 38.193, baseAddress: '鄂尔多斯市鄂托克前旗敖勒召其镇敖勒召其嘎查', size: 11, loadout: 'village' },
  { name: '陶赖高勒村应急救援队', kind: 'grassroots', specialities: ['general_rescue', 'flood_drought'], level: 'village', regionCode: '150625100200', lon: 108.756, lat: 39.851, baseAddress: '鄂尔多斯市杭锦旗锡尼镇陶赖高勒村', size: 11, loadout: 'village' },
];

/** Volunteer (社会) and enterprise (企业专职) forces that a dispatcher can call on as well. */
export const SOCIAL_AND_ENTERPRISE_TEAMS: DemoTeam[] = [
  { name: '乌海蓝天救援队', kind: 'social', specialities: ['general_rescue', 'water_rescue'], level: 'prefecture', regionCode: '150302000000', lon: 106.812, lat: 39.671, baseAddress: '乌海市海勃湾区', size: 42, loadout: 'social' },
  { name: '鄂尔多斯蓝天救援队', kind: 'social', specialities: ['general_rescue', 'water_rescue', 'medical'], level: 'prefecture', regionCode: '150602000000', lon: 109.969, lat: 39.812, baseAddress: '鄂尔多斯市东胜区', size: 48, loadout: 'social' },
  { name: '包头蓝天救援队', kind: 'social', specialities: ['general_rescue', 'water_rescue'], level: 'prefecture', regionCode: '150203000000', lon: 109.846, lat: 40.652, baseAddress: '包头市昆都仑区', size: 45, loadout: 'social' },
  { name: '鄂尔多斯市红十字应急救护队', kind: 'social', specialities: ['medical'], level: 'prefecture', regionCode: '150603000000', lon: 109.788, lat: 39.607, baseAddress: '鄂尔多斯市康巴什区', size: 30, loadout: 'social' },
  { name: '黑岱沟露天煤矿专职救援队', kind: 'enterprise', specialities: ['coal_mine'], level: 'county', regionCode: '150622000000', lon: 111.302, lat: 39.797, baseAddress: '鄂尔多斯市准格尔旗薛家湾镇黑岱沟矿区', size: 40, loadout: 'enterprise_coal' },
  { name: '乌达工业园区企业专职消防救援队', kind: 'enterprise', specialities: ['hazardous_chemicals'], level: 'county', regionCode: '150304000000', lon: 106.694, lat: 39.463, baseAddress: '乌海市乌达区乌达经济开发区', size: 36, loadout: 'enterprise_chemical' },
  { name: '棋盘井工业园区企业联合救援队', kind: 'enterprise', specialities: ['hazardous_chemicals'], level: 'county', regionCode: '150624000000', lon: 107.212, lat: 39.322, baseAddress: '鄂尔多斯市鄂托克旗棋盘井镇（内蒙古鄂托克经济开发区）', size: 34, loadout: 'enterprise_chemical' },
];

export const DEMO_TEAMS: DemoTeam[] = [...REGION_TEAMS, ...GRASSROOTS_TEAMS, ...SOCIAL_AND_ENTERPRISE_TEAMS];

// ---------------------------------------------------------------- rosters

/** Skills a member of a team with this speciality is likely to have (two or three are drawn). */
export const SKILLS: Record<Speciality, string[]> = {
  forest_grassland_fire: ['森林草原灭火', '风力灭火机操作', '以水灭火', '火场侦察', '野外生存', '油锯操作'],
  flood_drought: ['水域救援', '冲锋舟驾驶', '堤防抢险', '排涝', '抛投救援'],
  earthquake_geological: ['破拆', '搜索定位', '支撑加固', '绳索救援', '搜救犬训导', '生命探测'],
  hazardous_chemicals: ['气体检测', '堵漏', '洗消', '防化', '泡沫灭火', '危化品识别'],
  coal_mine: ['矿山救护', '气体检测', '灾区侦察', '巷道支护', '自救互救', '火区封闭'],
  non_coal_mine: ['矿山救护', '气体检测', '绳索救援', '排水', '钻孔救援'],
  urban_safety: ['高空救援', '破拆', '电梯救援', '燃气泄漏处置', '绳索救援'],
  medical: ['急救', '心肺复苏', '伤员转运', '检伤分类'],
  general_rescue: ['破拆', '绳索救援', '水域救援', '急救', '森林草原灭火'],
  water_rescue: ['水域救援', '潜水', '冲锋舟驾驶', '抛投救援'],
};
/** Skills anyone may also have. */
export const COMMON_SKILLS = ['急救', '驾驶', '通信保障', '无人机操控', '绳索救援'];

/** The certificate that goes with a skill, when there is one. */
export const CERTIFICATE_FOR: Record<string, { name: string; prefix: string }> = {
  矿山救护: { name: '矿山救护队员资格证', prefix: 'KJ' },
  防化: { name: '危险化学品安全作业证', prefix: 'WH' },
  堵漏: { name: '危险化学品安全作业证', prefix: 'WH' },
  潜水: { name: '潜水员证', prefix: 'QS' },
  无人机操控: { name: '民用无人机驾驶员执照', prefix: 'UAV' },
  急救: { name: '红十字救护员证', prefix: 'HS' },
  高空救援: { name: '特种作业操作证（高处作业）', prefix: 'GC' },
};
export const DEFAULT_CERTIFICATE = { name: '应急救援员职业资格证书', prefix: 'YJ' };

/** Common Han surnames, roughly by frequency, so rosters look like northern China. */
export const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐'];
/** Given-name characters; a name takes one or two from the same list, so it reads as one person. */
export const GIVEN_CHARS_MALE = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帅龙峰亮东文海建志国成新宏振永晓晨旭阳光荣彬'];
export const GIVEN_CHARS_FEMALE = [...'丽娜静敏燕芳婷霞玉兰春红慧琳雪晶洁颖佳悦'];
/** Mongolian given names (used without a surname), common in 鄂尔多斯 and the banners. */
export const MONGOLIAN_NAMES = ['巴特尔', '乌力吉', '额尔敦', '苏和', '哈斯', '朝鲁', '孟和', '宝音', '阿拉坦仓', '那顺', '其木格', '萨仁', '乌云', '图雅', '敖登', '斯琴', '布和', '达来', '格日勒图', '呼和', '巴雅尔', '毕力格', '额尔德尼', '吉日嘎拉', '乌日娜', '斯琴高娃', '阿古拉', '巴图', '特木尔', '那日苏', '满都拉', '包力高', '其其格', '塔娜', '宝力道', '青格勒', '旭日', '孟克', '乌兰', '苏日娜'];
export const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '199'];

/** Long-distance area codes, for facility and warehouse landlines. */
export const AREA_CODE: Record<string, string> = {
  '1501': '0471', '1502': '0472', '1503': '0473', '1504': '0476', '1505': '0475', '1506': '0477', '1507': '0470',
  '1508': '0478', '1509': '0474', '1522': '0482', '1525': '0479', '1529': '0483', '1500': '0471',
};

// ---------------------------------------------------------------- experts

export const DEMO_EXPERTS: z.input<typeof ExpertCreate>[] = [
  { name: '张海峰', fields: ['危险化学品'], title: '正高级工程师', organisation: '乌海市应急管理局', phone: '13904731286', regionCode: '150300000000' },
  { name: '李文博', fields: ['危险化学品', '化工工艺'], title: '教授', organisation: '内蒙古工业大学', phone: '13947108215', regionCode: '150100000000' },
  { name: '高志刚', fields: ['危险化学品'], title: '高级工程师', organisation: '鄂尔多斯市应急管理局', phone: '15894772310', regionCode: '150600000000' },
  { name: '王俊峰', fields: ['煤矿安全'], title: '正高级工程师', organisation: '国家矿山安全监察局内蒙古局', phone: '13804716627', regionCode: '150100000000' },
  { name: '赵国庆', fields: ['煤矿安全', '矿山救护'], title: '高级工程师', organisation: '鄂尔多斯市能源局', phone: '13644779032', regionCode: '150600000000' },
  { name: '郝建军', fields: ['煤矿安全', '非煤矿山'], title: '教授', organisation: '内蒙古科技大学', phone: '13514724458', regionCode: '150200000000' },
  { name: '孙立新', fields: ['非煤矿山'], title: '教授', organisation: '内蒙古科技大学', phone: '18647263391', regionCode: '150200000000' },
  { name: '苏和巴特尔', fields: ['非煤矿山', '地质灾害'], title: '正高级工程师', organisation: '内蒙古自治区地质调查研究院', phone: '13734718826', regionCode: '150100000000' },
  { name: '周晓燕', fields: ['地质灾害'], title: '高级工程师', organisation: '内蒙古自治区地质调查研究院', phone: '15048103574', regionCode: '150100000000' },
  { name: '韩永明', fields: ['地质灾害', '建筑结构'], title: '高级工程师', organisation: '乌海市自然资源局', phone: '13847301952', regionCode: '150300000000' },
  { name: '刘建华', fields: ['地震'], title: '研究员', organisation: '内蒙古自治区地震局', phone: '13904712460', regionCode: '150100000000' },
  { name: '乌力吉图', fields: ['地震', '地质灾害'], title: '高级工程师', organisation: '鄂尔多斯市应急管理局', phone: '15147721689', regionCode: '150600000000' },
  { name: '马志远', fields: ['防汛抗旱'], title: '正高级工程师', organisation: '内蒙古自治区水利科学研究院', phone: '13310412537', regionCode: '150100000000', available: false },
  { name: '杨海涛', fields: ['防汛抗旱'], title: '高级工程师', organisation: '乌海市水务局', phone: '13948833107', regionCode: '150300000000' },
  { name: '陈凤英', fields: ['防汛抗旱'], title: '高级工程师', organisation: '包头市水务局', phone: '13190621458', regionCode: '150200000000' },
  { name: '额尔敦', fields: ['森林草原防火'], title: '正高级工程师', organisation: '内蒙古大兴安岭重点国有林管理局', phone: '13848009715', regionCode: '150782000000' },
  { name: '田雨', fields: ['森林草原防火', '气象'], title: '教授', organisation: '内蒙古农业大学', phone: '15904716230', regionCode: '150100000000' },
  { name: '何丽华', fields: ['医学救援'], title: '主任医师', organisation: '鄂尔多斯市中心医院', phone: '13948579216', regionCode: '150602000000' },
  { name: '郭宏伟', fields: ['医学救援'], title: '主任医师', organisation: '乌海市人民医院', phone: '13384736508', regionCode: '150302000000' },
  { name: '萨仁高娃', fields: ['医学救援'], title: '副主任医师', organisation: '包头医学院第一附属医院', phone: '18604721973', regionCode: '150200000000' },
  { name: '宋佳', fields: ['气象'], title: '正高级工程师', organisation: '内蒙古自治区气象台', phone: '13500613842', regionCode: '150100000000' },
  { name: '冯建平', fields: ['气象'], title: '高级工程师', organisation: '乌海市气象局', phone: '15547305126', regionCode: '150300000000' },
  { name: '白音', fields: ['建筑结构', '地震'], title: '教授', organisation: '内蒙古工业大学', phone: '13654715983', regionCode: '150100000000' },
  { name: '邓志勇', fields: ['建筑结构'], title: '高级工程师', organisation: '鄂尔多斯市住房和城乡建设局', phone: '18947731064', regionCode: '150600000000' },
  { name: '曹振华', fields: ['电力'], title: '正高级工程师', organisation: '内蒙古电力（集团）有限责任公司', phone: '13074785529', regionCode: '150100000000' },
  { name: '魏东', fields: ['电力'], title: '高级工程师', organisation: '内蒙古电力（集团）有限责任公司乌海供电分公司', phone: '15247378840', regionCode: '150300000000' },
];

// ---------------------------------------------------------------- shelters and facilities

/** Manager and phone are generated at seed time from the name, like team rosters. */
export type DemoFacility = Omit<z.input<typeof FacilityCreate>, 'manager' | 'phone'>;

const ALL: z.input<typeof FacilityCreate>['amenities'] = ['power', 'water', 'drainage', 'broadcast', 'medical', 'toilet', 'fire', 'heating', 'supplies'];

export const DEMO_FACILITIES: DemoFacility[] = [
  // 应急避难场所 — 乌海
  { kind: 'shelter', name: '乌海市体育中心应急避难场所', level: 'prefecture', regionCode: '150302000000', lon: 106.806, lat: 39.648, address: '乌海市海勃湾区滨河新区', shelterClass: 'central', capacity: 30000, areaM2: 260000, amenities: ALL },
  { kind: 'shelter', name: '乌海市人民公园应急避难场所', level: 'county', regionCode: '150302000000', lon: 106.826, lat: 39.669, address: '乌海市海勃湾区人民公园', shelterClass: 'fixed', capacity: 12000, areaM2: 150000, amenities: ['power', 'water', 'broadcast', 'medical', 'toilet', 'fire'] },
  { kind: 'shelter', name: '乌海市滨河公园应急避难场所', level: 'county', regionCode: '150302000000', lon: 106.795, lat: 39.661, address: '乌海市海勃湾区滨河公园', shelterClass: 'fixed', capacity: 8000, areaM2: 96000, amenities: ['power', 'water', 'broadcast', 'toilet'] },
  { kind: 'shelter', name: '乌海市第一中学应急避难场所', level: 'county', regionCode: '150302000000', lon: 106.818, lat: 39.691, address: '乌海市海勃湾区乌海市第一中学操场', shelterClass: 'emergency', capacity: 2500, areaM2: 30000, amenities: ['power', 'water', 'toilet', 'broadcast'] },
  { kind: 'shelter', name: '海南区人民广场应急避难场所', level: 'county', regionCode: '150303000000', lon: 106.888, lat: 39.442, address: '乌海市海南区拉僧仲街道', shelterClass: 'fixed', capacity: 6000, areaM2: 72000, amenities: ['power', 'water', 'broadcast', 'toilet', 'fire'] },
  { kind: 'shelter', name: '乌达区文体中心应急避难场所', level: 'county', regionCode: '150304000000', lon: 106.722, lat: 39.505, address: '乌海市乌达区', shelterClass: 'fixed', capacity: 8000, areaM2: 90000, amenities: ['power', 'water', 'broadcast', 'toilet', 'heating'] },
  { kind: 'shelter', name: '千里山镇中心学校应急避难场所', level: 'township', regionCode: '150302101000', lon: 106.864, lat: 39.732, address: '乌海市海勃湾区千里山镇', shelterClass: 'emergency', capacity: 1200, areaM2: 14000, amenities: ['power', 'water', 'toilet'] },
  // 应急避难场所 — 鄂尔多斯
  { kind: 'shelter', name: '鄂尔多斯体育中心应急避难场所', level: 'prefecture', regionCode: '150603000000', lon: 109.768, lat: 39.622, address: '鄂尔多斯市康巴什区', shelterClass: 'central', capacity: 40000, areaM2: 300000, amenities: ALL },
  { kind: 'shelter', name: '康巴什区乌兰木伦湖广场应急避难场所', level: 'county', regionCode: '150603000000', lon: 109.785, lat: 39.602, address: '鄂尔多斯市康巴什区乌兰木伦湖北岸广场', shelterClass: 'fixed', capacity: 20000, areaM2: 220000, amenities: ['power', 'water', 'broadcast', 'toilet', 'medical', 'fire'] },
  { kind: 'shelter', name: '东胜区人民公园应急避难场所', level: 'county', regionCode: '150602000000', lon: 109.975, lat: 39.815, address: '鄂尔多斯市东胜区', shelterClass: 'fixed', capacity: 10000, areaM2: 120000, amenities: ['power', 'water', 'broadcast', 'toilet', 'fire'] },
  { kind: 'shelter', name: '东胜区体育场应急避难场所', level: 'county', regionCode: '150602000000', lon: 109.988, lat: 39.829, address: '鄂尔多斯市东胜区', shelterClass: 'emergency', capacity: 5000, areaM2: 50000, amenities: ['power', 'water', 'toilet'] },
  { kind: 'shelter', name: '准格尔旗文化广场应急避难场所', level: 'county', regionCode: '150622000000', lon: 111.235, lat: 39.862, address: '鄂尔多斯市准格尔旗薛家湾镇', shelterClass: 'fixed', capacity: 8000, areaM2: 85000, amenities: ['power', 'water', 'broadcast', 'toilet', 'heating'] },
  { kind: 'shelter', name: '伊金霍洛旗全民健身中心应急避难场所', level: 'county', regionCode: '150627000000', lon: 109.748, lat: 39.578, address: '鄂尔多斯市伊金霍洛旗阿勒腾席热镇', shelterClass: 'fixed', capacity: 9000, areaM2: 95000, amenities: ['power', 'water', 'broadcast', 'toilet', 'medical'] },
  { kind: 'shelter', name: '达拉特旗人民广场应急避难场所', level: 'county', regionCode: '150621000000', lon: 110.041, lat: 40.396, address: '鄂尔多斯市达拉特旗树林召镇', shelterClass: 'fixed', capacity: 7000, areaM2: 80000, amenities: ['power', 'water', 'broadcast', 'toilet'] },
  // 应急避难场所 — 包头
  { kind: 'shelter', name: '包头市体育中心应急避难场所', level: 'prefecture', regionCode: '150207000000', lon: 109.925, lat: 40.603, address: '包头市九原区新都市区', shelterClass: 'central', capacity: 35000, areaM2: 280000, amenities: ALL },
  { kind: 'shelter', name: '赛汗塔拉城中草原应急避难场所', level: 'prefecture', regionCode: '150204000000', lon: 109.877, lat: 40.623, address: '包头市青山区赛汗塔拉生态园', shelterClass: 'central', capacity: 80000, areaM2: 4000000, amenities: ['power', 'water', 'broadcast', 'toilet', 'medical', 'fire', 'supplies'] },
  { kind: 'shelter', name: '包头市八一公园应急避难场所', level: 'county', regionCode: '150203000000', lon: 109.832, lat: 40.655, address: '包头市昆都仑区八一公园', shelterClass: 'fixed', capacity: 15000, areaM2: 170000, amenities: ['power', 'water', 'broadcast', 'toilet', 'fire'] },
  { kind: 'shelter', name: '东河区人民公园应急避难场所', level: 'county', regionCode: '150202000000', lon: 110.031, lat: 40.585, address: '包头市东河区', shelterClass: 'fixed', capacity: 10000, areaM2: 110000, amenities: ['power', 'water', 'toilet'] },
  // 临时机降点
  { kind: 'helipad', name: '乌海市体育中心临时机降点', level: 'prefecture', regionCode: '150302000000', lon: 106.809, lat: 39.645, address: '乌海市海勃湾区滨河新区体育中心南侧', areaM2: 2500, notes: '可供中型直升机起降，夜间需临时照明' },
  { kind: 'helipad', name: '乌达区临时机降点', level: 'county', regionCode: '150304000000', lon: 106.716, lat: 39.498, address: '乌海市乌达区体育场', areaM2: 1600, notes: '起降区 40m×40m，净空良好' },
  { kind: 'helipad', name: '海南区临时机降点', level: 'county', regionCode: '150303000000', lon: 106.894, lat: 39.436, address: '乌海市海南区拉僧仲街道', areaM2: 1600, notes: '' },
  { kind: 'helipad', name: '康巴什区临时机降点', level: 'prefecture', regionCode: '150603000000', lon: 109.771, lat: 39.617, address: '鄂尔多斯市康巴什区体育中心北侧', areaM2: 3000, notes: '可供中型直升机起降' },
  { kind: 'helipad', name: '薛家湾临时机降点', level: 'county', regionCode: '150622000000', lon: 111.228, lat: 39.872, address: '鄂尔多斯市准格尔旗薛家湾镇', areaM2: 1600, notes: '' },
  { kind: 'helipad', name: '包头市体育中心临时机降点', level: 'prefecture', regionCode: '150207000000', lon: 109.923, lat: 40.606, address: '包头市九原区新都市区', areaM2: 3000, notes: '可供中型直升机起降' },
  // 取水点（消防、森林草原灭火和抗旱取水）
  { kind: 'water_source', name: '黄河乌海段取水点', level: 'prefecture', regionCode: '150302000000', lon: 106.789, lat: 39.701, address: '乌海市海勃湾区黄河东岸滨河大道', notes: '消防车可直接吸水，枯水期水位下降约 1.5 米' },
  { kind: 'water_source', name: '乌海湖取水点', level: 'prefecture', regionCode: '150303000000', lon: 106.787, lat: 39.586, address: '乌海市乌海湖东岸', notes: '冬季冰封期需破冰取水' },
  { kind: 'water_source', name: '乌达区黄河取水点', level: 'county', regionCode: '150304000000', lon: 106.762, lat: 39.525, address: '乌海市乌达区黄河西岸', notes: '' },
  { kind: 'water_source', name: '乌兰木伦湖取水点', level: 'county', regionCode: '150603000000', lon: 109.791, lat: 39.597, address: '鄂尔多斯市康巴什区乌兰木伦湖', notes: '' },
  { kind: 'water_source', name: '黄河达拉特段取水点', level: 'county', regionCode: '150621000000', lon: 110.031, lat: 40.471, address: '鄂尔多斯市达拉特旗树林召镇黄河南岸', notes: '凌汛期禁止靠近冰面' },
  { kind: 'water_source', name: '黄河准格尔段龙口取水点', level: 'county', regionCode: '150622000000', lon: 111.402, lat: 39.452, address: '鄂尔多斯市准格尔旗龙口镇', notes: '' },
  { kind: 'water_source', name: '黄河包头段取水点', level: 'prefecture', regionCode: '150207000000', lon: 109.951, lat: 40.546, address: '包头市九原区黄河北岸', notes: '' },
  // 消防救援站
  { kind: 'fire_station', name: '乌海市消防救援支队特勤站', level: 'prefecture', regionCode: '150302000000', lon: 106.825, lat: 39.677, address: '乌海市海勃湾区', notes: '执勤车辆 8 辆，含举高喷射、抢险救援车' },
  { kind: 'fire_station', name: '海勃湾区滨河消防救援站', level: 'county', regionCode: '150302000000', lon: 106.801, lat: 39.666, address: '乌海市海勃湾区滨河街道', notes: '' },
  { kind: 'fire_station', name: '千里山消防救援站', level: 'county', regionCode: '150302000000', lon: 106.859, lat: 39.728, address: '乌海市海勃湾区千里山镇', notes: '负责千里山工业园区' },
  { kind: 'fire_station', name: '海南区消防救援站', level: 'county', regionCode: '150303000000', lon: 106.886, lat: 39.447, address: '乌海市海南区', notes: '' },
  { kind: 'fire_station', name: '乌达区消防救援站', level: 'county', regionCode: '150304000000', lon: 106.727, lat: 39.508, address: '乌海市乌达区', notes: '' },
  { kind: 'fire_station', name: '乌达工业园区消防救援站', level: 'county', regionCode: '150304000000', lon: 106.700, lat: 39.470, address: '乌海市乌达区乌达经济开发区', notes: '危化品专业处置力量' },
  { kind: 'fire_station', name: '鄂尔多斯市消防救援支队特勤站', level: 'prefecture', regionCode: '150602000000', lon: 109.963, lat: 39.818, address: '鄂尔多斯市东胜区', notes: '' },
  { kind: 'fire_station', name: '康巴什区消防救援站', level: 'county', regionCode: '150603000000', lon: 109.785, lat: 39.612, address: '鄂尔多斯市康巴什区', notes: '' },
  { kind: 'fire_station', name: '准格尔旗薛家湾消防救援站', level: 'county', regionCode: '150622000000', lon: 111.238, lat: 39.865, address: '鄂尔多斯市准格尔旗薛家湾镇', notes: '' },
  { kind: 'fire_station', name: '伊金霍洛旗阿勒腾席热消防救援站', level: 'county', regionCode: '150627000000', lon: 109.748, lat: 39.571, address: '鄂尔多斯市伊金霍洛旗阿勒腾席热镇', notes: '' },
  { kind: 'fire_station', name: '达拉特旗树林召消防救援站', level: 'county', regionCode: '150621000000', lon: 110.045, lat: 40.398, address: '鄂尔多斯市达拉特旗树林召镇', notes: '' },
  { kind: 'fire_station', name: '鄂托克旗棋盘井消防救援站', level: 'county', regionCode: '150624000000', lon: 107.228, lat: 39.338, address: '鄂尔多斯市鄂托克旗棋盘井镇', notes: '危化品专业处置力量' },
  { kind: 'fire_station', name: '包头市消防救援支队特勤站', level: 'prefecture', regionCode: '150203000000', lon: 109.838, lat: 40.648, address: '包头市昆都仑区', notes: '' },
  { kind: 'fire_station', name: '青山区消防救援站', level: 'county', regionCode: '150204000000', lon: 109.905, lat: 40.645, address: '包头市青山区', notes: '' },
  { kind: 'fire_station', name: '东河区消防救援站', level: 'county', regionCode: '150202000000', lon: 110.045, lat: 40.585, address: '包头市东河区', notes: '' },
  { kind: 'fire_station', name: '九原区消防救援站', level: 'county', regionCode: '150207000000', lon: 109.968, lat: 40.612, address: '包头市九原区', notes: '' },
  // 救援基地
  { kind: 'rescue_base', name: '乌海市应急救援综合保障基地', level: 'prefecture', regionCode: '150302000000', lon: 106.836, lat: 39.657, address: '乌海市海勃湾区', areaM2: 42000, amenities: ['power', 'water', 'supplies', 'medical', 'heating'], notes: '训练场、物资前置库和宿营区' },
  { kind: 'rescue_base', name: '鄂尔多斯市应急救援训练基地', level: 'prefecture', regionCode: '150602000000', lon: 109.928, lat: 39.803, address: '鄂尔多斯市东胜区', areaM2: 60000, amenities: ['power', 'water', 'supplies', 'medical', 'heating'], notes: '含模拟巷道和危化品装置训练区' },
  { kind: 'rescue_base', name: '包头市应急救援培训演练基地', level: 'prefecture', regionCode: '150207000000', lon: 109.991, lat: 40.598, address: '包头市九原区', areaM2: 50000, amenities: ['power', 'water', 'supplies', 'medical'], notes: '' },
];

// ---------------------------------------------------------------- warehouses and stock

export type DemoWarehouse = Omit<z.input<typeof WarehouseCreate>, 'manager' | 'phone'> & { key: string };

export const DEMO_WAREHOUSES: DemoWarehouse[] = [
  // The region's central store serves the whole region, so it carries the region's code.
  { key: 'nm', name: '内蒙古自治区救灾物资储备库', level: 'region', regionCode: '150000000000', lon: 111.731, lat: 40.792, address: '呼和浩特市赛罕区', capacityM3: 30000 },
  { key: 'wh', name: '乌海市救灾物资储备库', level: 'prefecture', regionCode: '150300000000', lon: 106.845, lat: 39.695, address: '乌海市海勃湾区', capacityM3: 6000 },
  { key: 'ordos', name: '鄂尔多斯市救灾物资储备库', level: 'prefecture', regionCode: '150600000000', lon: 109.938, lat: 39.832, address: '鄂尔多斯市东胜区', capacityM3: 12000 },
  { key: 'bt', name: '包头市救灾物资储备库', level: 'prefecture', regionCode: '150200000000', lon: 109.958, lat: 40.617, address: '包头市九原区', capacityM3: 10000 },
  { key: 'hbw', name: '海勃湾区应急物资储备库', level: 'county', regionCode: '150302000000', lon: 106.815, lat: 39.700, address: '乌海市海勃湾区', capacityM3: 1500 },
  { key: 'hn', name: '海南区应急物资储备库', level: 'county', regionCode: '150303000000', lon: 106.895, lat: 39.451, address: '乌海市海南区', capacityM3: 1200 },
  { key: 'wd', name: '乌达区应急物资储备库', level: 'county', regionCode: '150304000000', lon: 106.735, lat: 39.516, address: '乌海市乌达区', capacityM3: 1200 },
  { key: 'ds', name: '东胜区应急物资储备库', level: 'county', regionCode: '150602000000', lon: 109.966, lat: 39.831, address: '鄂尔多斯市东胜区', capacityM3: 2000 },
  { key: 'zgr', name: '准格尔旗应急物资储备库', level: 'county', regionCode: '150622000000', lon: 111.245, lat: 39.878, address: '鄂尔多斯市准格尔旗薛家湾镇', capacityM3: 2000 },
  { key: 'dlt', name: '达拉特旗防汛物资储备库', level: 'county', regionCode: '150621000000', lon: 110.035, lat: 40.406, address: '鄂尔多斯市达拉特旗树林召镇', capacityM3: 2500 },
  { key: 'jy', name: '九原区应急物资储备库', level: 'county', regionCode: '150207000000', lon: 109.975, lat: 40.605, address: '包头市九原区', capacityM3: 1500 },
  { key: 'tmtyq', name: '土默特右旗防汛物资储备库', level: 'county', regionCode: '150221000000', lon: 110.526, lat: 40.566, address: '包头市土默特右旗萨拉齐镇', capacityM3: 2000 },
  { key: 'qls', name: '千里山镇应急物资储备点', level: 'township', regionCode: '150302101000', lon: 106.860, lat: 39.738, address: '乌海市海勃湾区千里山镇', capacityM3: 200 },
  { key: 'bytx', name: '巴音陶亥镇防汛物资储备点', level: 'township', regionCode: '150303104000', lon: 106.781, lat: 39.331, address: '乌海市海南区巴音陶亥镇', capacityM3: 300 },
  { key: 'waz', name: '王爱召镇防汛物资储备点', level: 'township', regionCode: '150621103000', lon: 110.251, lat: 40.343, address: '鄂尔多斯市达拉特旗王爱召镇', capacityM3: 300 },
  { key: 'lk', name: '龙口镇防汛物资储备点', level: 'township', regionCode: '150622104000', lon: 111.398, lat: 39.458, address: '鄂尔多斯市准格尔旗龙口镇', capacityM3: 300 },
];

/**
 * The supply catalogue. Only the first digit of a GB/T 38565 code is known to the platform
 * (1 基本生活保障, 2 应急装备及配套, 3 工程材料与机械加工设备); the lower six digits here are
 * placeholders, numbered consistently within each class, because the standard's lower code table is
 * not available to the project.
 */
export const DEMO_ITEMS: (z.input<typeof SupplyItemCreate> & { key: string })[] = [
  { key: 'tent', code: '1010101', name: '单帐篷', spec: '12㎡ 棉帐篷', unit: '顶', shelfLifeMonths: 96 },
  { key: 'quilt', code: '1020101', name: '棉被', spec: '2.0m×2.3m 3kg', unit: '床', shelfLifeMonths: 60 },
  { key: 'coat', code: '1020201', name: '棉大衣', spec: '军绿色 通用号', unit: '件', shelfLifeMonths: 60 },
  { key: 'bed', code: '1030101', name: '折叠床', spec: '钢架 190cm×70cm', unit: '张', shelfLifeMonths: null },
  { key: 'water', code: '1040101', name: '瓶装饮用水', spec: '550ml×24瓶', unit: '箱', shelfLifeMonths: 12 },
  { key: 'food', code: '1040201', name: '方便食品', spec: '压缩干粮 24袋', unit: '箱', shelfLifeMonths: 24 },
  { key: 'lifejacket', code: '2010101', name: '救生衣', spec: '成人 浮力≥100N', unit: '件', shelfLifeMonths: 60 },
  { key: 'boat', code: '2010201', name: '冲锋舟', spec: '玻璃钢 5.2m 含船外机', unit: '艘', shelfLifeMonths: null },
  { key: 'generator', code: '2020101', name: '柴油发电机', spec: '10kW', unit: '台', shelfLifeMonths: null },
  { key: 'pump', code: '2020201', name: '排水泵', spec: '潜水泵 100m³/h', unit: '台', shelfLifeMonths: null },
  { key: 'lamp', code: '2030101', name: '应急照明灯', spec: '移动式 LED 500W', unit: '台', shelfLifeMonths: null },
  { key: 'hazmat', code: '2040101', name: '防化服', spec: '二级 封闭式', unit: '套', shelfLifeMonths: 60 },
  { key: 'sandbag', code: '3010101', name: '编织袋', spec: '聚丙烯 55cm×95cm', unit: '条', shelfLifeMonths: 36 },
  { key: 'geotextile', code: '3010201', name: '土工布', spec: '短纤 300g/㎡', unit: '平方米', shelfLifeMonths: null },
  { key: 'pipe', code: '3020101', name: '钢管', spec: 'Φ48×3.5mm 6m', unit: '吨', shelfLifeMonths: null },
  { key: 'shovel', code: '3030101', name: '铁锹', spec: '尖锹 带柄', unit: '把', shelfLifeMonths: null },
];

/**
 * Stock on hand, as inbound batches. Dates are days before/after the day of seeding, so the demo always
 * shows the same picture: `expiresIn` overrides the shelf life (20 → expiring within the 30-day window,
 * -5 → already expired).
 */
export type DemoBatch = { wh: string; item: string; batchNo: string; qty: number; producedAgo: number; expiresIn?: number };

export const DEMO_BATCHES: DemoBatch[] = [
  // 自治区级
  { wh: 'nm', item: 'tent', batchNo: 'ZQ-TP-01', qty: 2000, producedAgo: 900 },
  { wh: 'nm', item: 'quilt', batchNo: 'ZQ-MB-01', qty: 20000, producedAgo: 600 },
  { wh: 'nm', item: 'coat', batchNo: 'ZQ-MDY-01', qty: 10000, producedAgo: 620 },
  { wh: 'nm', item: 'bed', batchNo: 'ZQ-ZDC-01', qty: 5000, producedAgo: 1300 },
  { wh: 'nm', item: 'water', batchNo: 'ZQ-YS-01', qty: 20000, producedAgo: 200 },
  { wh: 'nm', item: 'food', batchNo: 'ZQ-FB-01', qty: 15000, producedAgo: 400 },
  { wh: 'nm', item: 'lifejacket', batchNo: 'ZQ-JSY-01', qty: 5000, producedAgo: 700 },
  { wh: 'nm', item: 'boat', batchNo: 'ZQ-CFZ-01', qty: 60, producedAgo: 1000 },
  { wh: 'nm', item: 'generator', batchNo: 'ZQ-FDJ-01', qty: 200, producedAgo: 750 },
  { wh: 'nm', item: 'pump', batchNo: 'ZQ-PSB-01', qty: 150, producedAgo: 760 },
  { wh: 'nm', item: 'lamp', batchNo: 'ZQ-ZMD-01', qty: 3000, producedAgo: 450 },
  { wh: 'nm', item: 'sandbag', batchNo: 'ZQ-BZD-01', qty: 200000, producedAgo: 420 },
  { wh: 'nm', item: 'geotextile', batchNo: 'ZQ-TGB-01', qty: 50000, producedAgo: 430 },
  // 乌海市级: 饮用水 expiring, 救生衣 below its threshold (see DEMO_THRESHOLDS)
  { wh: 'wh', item: 'tent', batchNo: 'WH-TP-01', qty: 300, producedAgo: 560 },
  { wh: 'wh', item: 'quilt', batchNo: 'WH-MB-01', qty: 3000, producedAgo: 400 },
  { wh: 'wh', item: 'bed', batchNo: 'WH-ZDC-01', qty: 800, producedAgo: 520 },
  { wh: 'wh', item: 'water', batchNo: 'WH-YS-01', qty: 2000, producedAgo: 345, expiresIn: 20 },
  { wh: 'wh', item: 'water', batchNo: 'WH-YS-02', qty: 1200, producedAgo: 60 },
  { wh: 'wh', item: 'food', batchNo: 'WH-FB-01', qty: 1500, producedAgo: 250 },
  { wh: 'wh', item: 'lifejacket', batchNo: 'WH-JSY-01', qty: 200, producedAgo: 950 },
  { wh: 'wh', item: 'generator', batchNo: 'WH-FDJ-01', qty: 30, producedAgo: 540 },
  { wh: 'wh', item: 'pump', batchNo: 'WH-PSB-01', qty: 40, producedAgo: 540 },
  { wh: 'wh', item: 'lamp', batchNo: 'WH-ZMD-01', qty: 300, producedAgo: 480 },
  { wh: 'wh', item: 'hazmat', batchNo: 'WH-FHF-01', qty: 100, producedAgo: 430 },
  { wh: 'wh', item: 'sandbag', batchNo: 'WH-BZD-01', qty: 1000, producedAgo: 500 },
  { wh: 'wh', item: 'sandbag', batchNo: 'WH-BZD-02', qty: 500, producedAgo: 150 },
  { wh: 'wh', item: 'geotextile', batchNo: 'WH-TGB-01', qty: 5000, producedAgo: 500 },
  { wh: 'wh', item: 'pipe', batchNo: 'WH-GG-01', qty: 2.5, producedAgo: 600 },
  { wh: 'wh', item: 'shovel', batchNo: 'WH-TQ-01', qty: 500, producedAgo: 600 },
  // 乌海旗县区级 and 乡镇: together with the city store, 乌海 holds 4,100 编织袋
  { wh: 'hbw', item: 'sandbag', batchNo: 'HBW-BZD-01', qty: 800, producedAgo: 470 },
  { wh: 'hbw', item: 'shovel', batchNo: 'HBW-TQ-01', qty: 200, producedAgo: 470 },
  { wh: 'hbw', item: 'lifejacket', batchNo: 'HBW-JSY-01', qty: 100, producedAgo: 470 },
  { wh: 'hbw', item: 'tent', batchNo: 'HBW-TP-01', qty: 50, producedAgo: 470 },
  { wh: 'hbw', item: 'quilt', batchNo: 'HBW-MB-01', qty: 500, producedAgo: 470 },
  { wh: 'hn', item: 'sandbag', batchNo: 'HN-BZD-01', qty: 500, producedAgo: 440 },
  { wh: 'hn', item: 'tent', batchNo: 'HN-TP-01', qty: 40, producedAgo: 440 },
  { wh: 'hn', item: 'hazmat', batchNo: 'HN-FHF-01', qty: 50, producedAgo: 440 },
  { wh: 'wd', item: 'sandbag', batchNo: 'WD-BZD-01', qty: 400, producedAgo: 430 },
  { wh: 'wd', item: 'tent', batchNo: 'WD-TP-01', qty: 40, producedAgo: 430 },
  { wh: 'wd', item: 'food', batchNo: 'WD-FB-01', qty: 200, producedAgo: 735, expiresIn: -5 },
  { wh: 'qls', item: 'shovel', batchNo: 'QLS-TQ-01', qty: 100, producedAgo: 400 },
  { wh: 'qls', item: 'sandbag', batchNo: 'QLS-BZD-01', qty: 300, producedAgo: 400 },
  { wh: 'bytx', item: 'sandbag', batchNo: 'BYTH-BZD-01', qty: 600, producedAgo: 400 },
  { wh: 'bytx', item: 'lifejacket', batchNo: 'BYTH-JSY-01', qty: 50, producedAgo: 400 },
  // 鄂尔多斯: 方便食品 expiring
  { wh: 'ordos', item: 'tent', batchNo: 'EEDS-TP-01', qty: 600, producedAgo: 600 },
  { wh: 'ordos', item: 'quilt', batchNo: 'EEDS-MB-01', qty: 6000, producedAgo: 600 },
  { wh: 'ordos', item: 'coat', batchNo: 'EEDS-MDY-01', qty: 3000, producedAgo: 600 },
  { wh: 'ordos', item: 'bed', batchNo: 'EEDS-ZDC-01', qty: 1500, producedAgo: 600 },
  { wh: 'ordos', item: 'water', batchNo: 'EEDS-YS-01', qty: 3000, producedAgo: 190 },
  { wh: 'ordos', item: 'food', batchNo: 'EEDS-FB-01', qty: 2500, producedAgo: 718, expiresIn: 12 },
  { wh: 'ordos', item: 'generator', batchNo: 'EEDS-FDJ-01', qty: 60, producedAgo: 600 },
  { wh: 'ordos', item: 'pump', batchNo: 'EEDS-PSB-01', qty: 50, producedAgo: 600 },
  { wh: 'ordos', item: 'boat', batchNo: 'EEDS-CFZ-01', qty: 10, producedAgo: 600 },
  { wh: 'ordos', item: 'lifejacket', batchNo: 'EEDS-JSY-01', qty: 600, producedAgo: 600 },
  { wh: 'ordos', item: 'sandbag', batchNo: 'EEDS-BZD-01', qty: 20000, producedAgo: 480 },
  { wh: 'ordos', item: 'geotextile', batchNo: 'EEDS-TGB-01', qty: 10000, producedAgo: 480 },
  { wh: 'ds', item: 'tent', batchNo: 'DS-TP-01', qty: 80, producedAgo: 460 },
  { wh: 'ds', item: 'quilt', batchNo: 'DS-MB-01', qty: 1000, producedAgo: 460 },
  { wh: 'ds', item: 'lamp', batchNo: 'DS-ZMD-01', qty: 100, producedAgo: 460 },
  { wh: 'zgr', item: 'sandbag', batchNo: 'ZGR-BZD-01', qty: 5000, producedAgo: 460 },
  { wh: 'zgr', item: 'lifejacket', batchNo: 'ZGR-JSY-01', qty: 200, producedAgo: 460 },
  { wh: 'zgr', item: 'boat', batchNo: 'ZGR-CFZ-01', qty: 4, producedAgo: 460 },
  { wh: 'zgr', item: 'pump', batchNo: 'ZGR-PSB-01', qty: 10, producedAgo: 460 },
  { wh: 'dlt', item: 'sandbag', batchNo: 'DLT-BZD-01', qty: 8000, producedAgo: 520 },
  { wh: 'dlt', item: 'geotextile', batchNo: 'DLT-TGB-01', qty: 6000, producedAgo: 520 },
  { wh: 'dlt', item: 'lifejacket', batchNo: 'DLT-JSY-01', qty: 300, producedAgo: 520 },
  { wh: 'dlt', item: 'shovel', batchNo: 'DLT-TQ-01', qty: 600, producedAgo: 520 },
  { wh: 'dlt', item: 'pipe', batchNo: 'DLT-GG-01', qty: 5, producedAgo: 520 },
  { wh: 'waz', item: 'sandbag', batchNo: 'WAZ-BZD-01', qty: 1000, producedAgo: 400 },
  { wh: 'waz', item: 'shovel', batchNo: 'WAZ-TQ-01', qty: 100, producedAgo: 400 },
  { wh: 'lk', item: 'sandbag', batchNo: 'LK-BZD-01', qty: 800, producedAgo: 400 },
  { wh: 'lk', item: 'lifejacket', batchNo: 'LK-JSY-01', qty: 60, producedAgo: 400 },
  // 包头
  { wh: 'bt', item: 'tent', batchNo: 'BT-TP-01', qty: 500, producedAgo: 610 },
  { wh: 'bt', item: 'quilt', batchNo: 'BT-MB-01', qty: 5000, producedAgo: 610 },
  { wh: 'bt', item: 'bed', batchNo: 'BT-ZDC-01', qty: 1000, producedAgo: 610 },
  { wh: 'bt', item: 'water', batchNo: 'BT-YS-01', qty: 2500, producedAgo: 160 },
  { wh: 'bt', item: 'food', batchNo: 'BT-FB-01', qty: 2000, producedAgo: 300 },
  { wh: 'bt', item: 'generator', batchNo: 'BT-FDJ-01', qty: 40, producedAgo: 610 },
  { wh: 'bt', item: 'pump', batchNo: 'BT-PSB-01', qty: 40, producedAgo: 610 },
  { wh: 'bt', item: 'hazmat', batchNo: 'BT-FHF-01', qty: 150, producedAgo: 610 },
  { wh: 'bt', item: 'sandbag', batchNo: 'BT-BZD-01', qty: 15000, producedAgo: 480 },
  { wh: 'jy', item: 'sandbag', batchNo: 'JY-BZD-01', qty: 3000, producedAgo: 460 },
  { wh: 'jy', item: 'lifejacket', batchNo: 'JY-JSY-01', qty: 200, producedAgo: 460 },
  { wh: 'tmtyq', item: 'sandbag', batchNo: 'TY-BZD-01', qty: 6000, producedAgo: 480 },
  { wh: 'tmtyq', item: 'geotextile', batchNo: 'TY-TGB-01', qty: 4000, producedAgo: 480 },
  { wh: 'tmtyq', item: 'boat', batchNo: 'TY-CFZ-01', qty: 4, producedAgo: 480 },
];

/** Minimum stock per warehouse; 乌海市 救生衣 (200 on hand) is deliberately below its 300. */
export const DEMO_THRESHOLDS: { wh: string; item: string; min: number }[] = [
  { wh: 'wh', item: 'lifejacket', min: 300 },
  { wh: 'wh', item: 'sandbag', min: 1000 },
  { wh: 'wh', item: 'tent', min: 200 },
  { wh: 'ordos', item: 'tent', min: 500 },
  { wh: 'ordos', item: 'sandbag', min: 10000 },
  { wh: 'bt', item: 'sandbag', min: 10000 },
];
