import { sql } from 'kysely';
import type { Actor } from '../foundation/auth/actor.js';
import type { Platform } from '../app.js';

// Invented people with plausible names and numbers (139 0473 is a Wuhai-like pattern, not real subscribers).
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文';
const GIVEN = ['建国', '海燕', '志强', '丽华', '文博', '晓东', '春梅', '国庆', '立新', '秀英', '卫东', '红霞', '永刚', '静', '军', '磊', '敏', '涛', '芳', '杰', '娜', '勇', '艳', '超', '明', '霞', '平', '刚', '桂英', '玉兰', '宏伟', '振华', '巴特尔', '乌云', '其其格', '额尔敦'];
const nameAt = (i: number) => `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 11) % GIVEN.length]}`;
const phoneAt = (i: number) => `1390473${String(1000 + i).padStart(4, '0')}`;

type Person = { regionCode: string; name: string; post: string; orgName: string; phone: string; roles: string[]; username?: string; superiorKey?: string; key: string };

/**
 * The call roster (叫应名单) of 乌海市 down to every community: city leaders, each district's principal and
 * emergency-bureau head, each township's principal, each community's responsible person and grid member,
 * each with a superior one level up, so an unanswered call climbs the chain. Demo accounts are linked so
 * their in-app call-outs can be tried.
 */
export async function seedDemoContacts(p: Platform, system: Actor) {
  const regions = (await sql<{ code: string; name: string; level: number; parent_code: string | null }>`select code, name, level, parent_code from regions where code like '1503%' order by code`.execute(p.data.system)).rows;
  const users = new Map((await sql<{ id: string; username: string }>`select id, username from users`.execute(p.data.system)).rows.map((u) => [u.username, u.id]));
  const people: Person[] = [];
  let i = 0;
  const add = (x: Omit<Person, 'name' | 'phone'> & { name?: string }) => people.push({ ...x, name: x.name ?? nameAt(i), phone: phoneAt(i++) });
  const city = regions.find((r) => r.level === 2)!;
  add({ key: 'city-gov', regionCode: city.code, post: '市长、市防汛抗旱指挥部总指挥', orgName: '乌海市人民政府', roles: ['gov_principal', 'flood_commander'] });
  add({ key: 'city-em', regionCode: city.code, name: '张军', post: '局长', orgName: '乌海市应急管理局', roles: ['emergency_head'], username: 'wuhai-leader', superiorKey: 'city-gov' });
  for (const district of regions.filter((r) => r.level === 3)) {
    const d = district.code;
    add({ key: `gov-${d}`, regionCode: d, post: '区长', orgName: `${district.name}人民政府`, roles: ['gov_principal', 'flood_commander'], superiorKey: 'city-gov' });
    add({ key: `em-${d}`, regionCode: d, post: '局长', orgName: `${district.name}应急管理局`, roles: ['emergency_head'], superiorKey: 'city-em', ...(d === '150302000000' && { username: 'haibowan-duty', name: '赵敏', post: '应急管理局值班负责人' }) });
    for (const town of regions.filter((r) => r.parent_code === d)) {
      add({ key: `town-${town.code}`, regionCode: town.code, post: town.name.endsWith('镇') ? '镇长' : '街道办事处主任', orgName: town.name, roles: ['township_principal'], superiorKey: `gov-${d}` });
      for (const village of regions.filter((r) => r.parent_code === town.code)) {
        add({ key: `vil-${village.code}`, regionCode: village.code, post: '社区党委书记、防汛责任人', orgName: village.name, roles: ['village_responsible'], superiorKey: `town-${town.code}` });
        add({ key: `grid-${village.code}`, regionCode: village.code, post: '网格员', orgName: village.name, roles: ['grid_member'], superiorKey: `vil-${village.code}` });
      }
    }
  }
  const ids = new Map<string, string>();
  for (const person of people) {
    const c = await p.services.contacts.create(system, {
      regionCode: person.regionCode,
      name: person.name,
      post: person.post,
      orgName: person.orgName,
      phone: person.phone,
      roles: person.roles as never,
      userId: person.username ? (users.get(person.username) ?? null) : null,
      superiorId: person.superiorKey ? (ids.get(person.superiorKey) ?? null) : null,
      active: true,
      note: '',
    });
    ids.set(person.key, c.id);
  }
  // Residents who subscribed to warning SMS (12379-style), a few per community, for the public channel.
  const villages = regions.filter((r) => r.level === 5);
  const subscribers = villages.flatMap((v, vi) => Array.from({ length: 8 }, (_, k) => ({ region_code: v.code, phone: `1380473${String(vi * 8 + k).padStart(4, '0')}` })));
  if (subscribers.length) await sql`insert into warning_subscribers (region_code, phone) select * from unnest(${subscribers.map((s) => s.region_code)}::text[], ${subscribers.map((s) => s.phone)}::text[])`.execute(p.data.system);
  return people.length;
}
