import { conflict, invalid, notFound, ruleViolation } from '../../foundation/http/errors.js';
import type { ChemicalProblem } from './hazard-grading.js';
import type { UsccProblem } from './uscc.js';

export const enterpriseNotFound = (id: string) => notFound('ENTERPRISE_NOT_FOUND', { zh: `企业 ${id} 不存在或不在您的管辖范围内`, en: `Enterprise ${id} not found in your scope` });
export const hazardSourceNotFound = (id: string) => notFound('HAZARD_SOURCE_NOT_FOUND', { zh: `危险源 ${id} 不存在或不在您的管辖范围内`, en: `Hazard source ${id} not found in your scope` });

const USCC_PROBLEM = {
  length: { zh: '应为 18 位', en: 'it must have 18 characters' },
  character: { zh: '只能含数字和除 I、O、Z、S、V 以外的大写字母', en: 'only digits and capital letters other than I, O, Z, S, V are allowed' },
  region: { zh: '第 3–8 位应为行政区划代码', en: 'characters 3–8 must be a division code' },
  check_digit: { zh: '校验码不正确', en: 'the check character does not match' },
} as const;
export const usccInvalid = (uscc: string, problem: UsccProblem) =>
  invalid('USCC_INVALID', { zh: `统一社会信用代码 ${uscc} 无效：${USCC_PROBLEM[problem].zh}`, en: `Unified social credit code ${uscc} is invalid: ${USCC_PROBLEM[problem].en}` }, { problem });
export const usccTaken = (uscc: string) => conflict('USCC_TAKEN', { zh: `统一社会信用代码 ${uscc} 已登记`, en: `Unified social credit code ${uscc} is already registered` });

const CHEMICAL_PROBLEM = {
  critical_quantity_unknown: { code: 'CRITICAL_QUANTITY_UNKNOWN', zh: '不在 GB 18218 表1 中，请填写临界量或危险性类别', en: 'is not in GB 18218 Table 1: give its critical quantity or hazard category' },
  category_required: { code: 'HAZARD_CATEGORY_REQUIRED', zh: '不是表3所列毒性气体，请填写危险性类别以确定校正系数 β', en: 'is not a Table 3 toxic gas: give its hazard category to select β' },
  cas_mismatch: { code: 'CHEMICAL_CAS_MISMATCH', zh: 'CAS 号与 GB 18218 表1 中该物质不符', en: 'has a CAS number that differs from its GB 18218 Table 1 row' },
} as const;
/** The first line that cannot be assessed names the code; every such line is in the details. */
export const chemicalsUnresolved = (problems: { index: number; name: string; problem: ChemicalProblem }[]) => {
  const first = problems[0]!;
  const p = CHEMICAL_PROBLEM[first.problem];
  return ruleViolation(p.code, { zh: `第 ${first.index + 1} 行“${first.name}”${p.zh}`, en: `Line ${first.index + 1} (${first.name}) ${p.en}` }, { problems });
};
export const unitUnknown = (unitName: string) =>
  ruleViolation('HAZARD_UNIT_UNKNOWN', { zh: `所属单元“${unitName}”不是该危险源的单元`, en: `Unit "${unitName}" is not a unit of this hazard source` });
export const unitNameRepeated = (unitName: string) =>
  ruleViolation('HAZARD_UNIT_DUPLICATE', { zh: `单元名称“${unitName}”重复`, en: `Unit name "${unitName}" appears twice` });
