import type { HazardCategory } from '@shouwang/contracts';

/*
 * GB 18218-2018 危险化学品重大危险源辨识 — critical quantities Q (tonnes).
 * Source: ../shared/domain/REFERENCE.md §6.1, copied here so nothing outside the repository is read.
 *
 * Table 1 (named chemicals): only the 61 rows REFERENCE gives out of the standard's 85. REFERENCE marks
 * these values ◐ (recalled, matched against a public dataset, not checked word for word), so they are
 * data, not rules: check them against the official text before release. A Q entered on a chemical line
 * always takes precedence, so a missing or corrected value never blocks an assessment.
 * Aliases are common names added here so that 液氯, 液氨 … find their row; they are not from the standard.
 * Rows are matched by name only: several CAS numbers also cover solutions or grades the row excludes
 * (盐酸 shares 7647-01-0 with anhydrous 氯化氢, dilute 硝酸 and 甲醛 share theirs too).
 *
 * Table 2 (by hazard category): REFERENCE marks it ✔ from one public transcription except W4 (◐).
 */

export type NamedChemical = { name: string; aliases: string[]; cas: string[]; criticalQuantityTonnes: number };
export type CategoryQuantity = { criticalQuantityTonnes: number; confirmed: boolean };

const row = (name: string, cas: string | string[], q: number, aliases: string[] = []): NamedChemical => ({
  name,
  aliases,
  cas: Array.isArray(cas) ? cas : cas ? [cas] : [],
  criticalQuantityTonnes: q,
});

export const GB18218_TABLE1: readonly NamedChemical[] = [
  row('氨', '7664-41-7', 10, ['液氨', '氨气']),
  row('二氧化硫', '7446-09-5', 20),
  row('二氧化氮', '10102-44-0', 1),
  row('氟', '7782-41-4', 1, ['氟气']),
  row('碳酰氯', '75-44-5', 0.3, ['光气']),
  row('环氧乙烷', '75-21-8', 10),
  row('甲醛（含量>90%）', '50-00-0', 5),
  row('磷化氢', '7803-51-2', 1),
  row('硫化氢', '7783-06-4', 5),
  row('氯化氢（无水）', '7647-01-0', 20, ['无水氯化氢', '氯化氢']),
  row('氯', '7782-50-5', 5, ['液氯', '氯气']),
  row('煤气（CO，CO和H₂、CH₄的混合物等）', '', 20, ['煤气']),
  row('砷化氢', '7784-42-1', 1),
  row('溴甲烷', '74-83-9', 10, ['甲基溴']),
  row('氟化氢', '7664-39-3', 1, ['无水氟化氢']),
  row('氰化氢', '74-90-8', 1, ['无水氢氰酸']),
  row('三氧化硫', '7446-11-9', 75),
  row('溴', '7726-95-6', 20),
  row('异氰酸甲酯', '624-83-9', 0.75),
  row('2,4,6-三硝基甲苯', '118-96-7', 5, ['TNT']),
  row('硝化甘油', '55-63-0', 1, ['硝酸甘油']),
  row('硝酸铵（含可燃物>0.2%）', '6484-52-2', 5),
  row('硝酸铵（含可燃物≤0.2%）', '6484-52-2', 50),
  row('硝酸铵基化肥', '', 200),
  row('硝酸钾', '7757-79-1', 1000),
  row('1,3-丁二烯', '106-99-0', 5),
  row('二甲醚', '115-10-6', 50),
  row('甲烷', ['74-82-8', '8006-14-2'], 50, ['天然气', '液化天然气']),
  row('氯乙烯', '75-01-4', 50),
  row('氢', '1333-74-0', 5, ['氢气']),
  row('液化石油气', '68476-85-7', 50),
  row('一甲胺', '74-89-5', 5, ['甲胺']),
  row('乙炔', '74-86-2', 1),
  row('乙烯', '74-85-1', 50),
  row('氧（压缩的或液化的）', '7782-44-7', 200, ['氧', '氧气', '液氧']),
  row('苯', '71-43-2', 50),
  row('苯乙烯', '100-42-5', 500),
  row('丙酮', '67-64-1', 500),
  row('2-丙烯腈', '107-13-1', 50, ['丙烯腈']),
  row('二硫化碳', '75-15-0', 50),
  row('环己烷', '110-82-7', 500),
  row('1,2-环氧丙烷', '75-56-9', 10, ['环氧丙烷']),
  row('甲苯', '108-88-3', 500),
  row('甲醇', '67-56-1', 500),
  row('汽油（含乙醇汽油、甲醇汽油）', '86290-81-5', 200, ['汽油', '乙醇汽油', '甲醇汽油']),
  row('乙醇', '64-17-5', 500),
  row('乙醚', '60-29-7', 10),
  row('乙酸乙酯', '141-78-6', 500),
  row('正己烷', '110-54-3', 500),
  row('过乙酸', '79-21-0', 10, ['过氧乙酸']),
  row('黄磷', '12185-10-3', 50, ['白磷']),
  row('烷基铝', '', 1),
  row('过氧化钠', '1313-60-6', 20),
  row('过氧化钾', '17014-71-0', 20),
  row('氯酸钾', '3811-04-9', 100),
  row('氯酸钠', '7775-09-9', 100),
  row('发烟硝酸', '52583-42-3', 20),
  row('硝酸（含硝酸>70%，发烟硝酸除外）', '7697-37-2', 100),
  row('碳化钙', '75-20-7', 100, ['电石']),
  row('钾', '7440-09-7', 1, ['金属钾']),
  row('钠', '7440-23-5', 10, ['金属钠']),
];

const confirmed = (q: number): CategoryQuantity => ({ criticalQuantityTonnes: q, confirmed: true });

export const GB18218_TABLE2: Readonly<Record<HazardCategory, CategoryQuantity>> = {
  J1: confirmed(5),
  J2: confirmed(50),
  J3: confirmed(50),
  J4: confirmed(50),
  J5: confirmed(500),
  'W1.1': confirmed(1),
  'W1.2': confirmed(10),
  'W1.3': confirmed(50),
  W2: confirmed(10),
  W3: confirmed(150), // net weight
  W4: { criticalQuantityTonnes: 50, confirmed: false }, // ◐ in REFERENCE: verify against the official Table 2
  'W5.1': confirmed(10),
  'W5.2': confirmed(50),
  'W5.3': confirmed(1000),
  'W5.4': confirmed(5000),
  'W6.1': confirmed(10),
  'W6.2': confirmed(50),
  'W7.1': confirmed(10),
  'W7.2': confirmed(50),
  W8: confirmed(50),
  'W9.1': confirmed(50),
  'W9.2': confirmed(200),
  W10: confirmed(200),
  W11: confirmed(200),
};
