/** Why a reading was refused; the code is stable, the text is for the sender's log. */
export const REJECT = {
  MALFORMED: { zh: '不是读数对象 {point, ts, value, id}', en: 'not a reading object {point, ts, value, id}' },
  ID_INVALID: { zh: 'id 须为 1–100 个字符的字符串', en: 'id must be a string of 1–100 characters' },
  POINT_UNKNOWN: { zh: '监测点编码不存在或不在令牌的管辖范围内', en: 'unknown point code, or outside the token’s region' },
  POINT_DISABLED: { zh: '监测点已停用', en: 'the point is disabled' },
  TS_INVALID: { zh: 'ts 须为带时区的 ISO 8601 时间或毫秒时间戳', en: 'ts must be ISO 8601 with an offset, or epoch milliseconds' },
  TS_IN_FUTURE: { zh: 'ts 比服务器时间超前 10 分钟以上', en: 'ts is more than 10 minutes ahead of the server clock' },
  VALUE_INVALID: { zh: 'value 须为有限数值', en: 'value must be a finite number' },
  PAYLOAD_INVALID: { zh: '消息不是 JSON，或不是 {readings: [...]} / {ts, value, id}', en: 'message is not JSON, or not {readings: [...]} / {ts, value, id}' },
} as const;
export type RejectCode = keyof typeof REJECT;
