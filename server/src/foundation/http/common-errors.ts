import { AppError, type Text } from './errors.js';

/** Messages for failures raised by the HTTP layer itself, not by a module. */
export const HTTP_TEXT = {
  VALIDATION_FAILED: { zh: '请求参数不符合要求', en: 'The request is not valid' },
  BAD_JSON: { zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  EMPTY_BODY: { zh: '请求体为空', en: 'The request body is empty' },
  PAYLOAD_TOO_LARGE: { zh: '请求体过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  ROUTE_NOT_FOUND: { zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { zh: '不支持该请求方法', en: 'Method not allowed' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  CONFLICT: { zh: '数据与现有记录冲突', en: 'The data conflicts with an existing record' },
  REFERENCE_NOT_FOUND: { zh: '引用的记录不存在', en: 'A referenced record does not exist' },
  INVALID_VALUE: { zh: '数据格式或取值不正确', en: 'A value has the wrong format or is out of range' },
  INTERNAL: { zh: '服务器内部错误，请联系管理员（附请求编号）', en: 'Internal error; contact the administrator with the request id' },
  UNAVAILABLE: { zh: '服务暂不可用', en: 'Service temporarily unavailable' },
} satisfies Record<string, Text>;

export const AUTH_TEXT = {
  AUTH_REQUIRED: { zh: '请先登录', en: 'Authentication required' },
  AUTH_INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_LOCKED: { zh: '登录失败次数过多，账号已临时锁定，请稍后再试', en: 'Too many failed logins; the account is temporarily locked' },
  AUTH_DISABLED: { zh: '账号已停用', en: 'The account is disabled' },
  AUTH_FORBIDDEN: { zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  AUTH_CSRF: { zh: '请求校验失败（CSRF），请刷新页面后重试', en: 'CSRF check failed; reload the page and try again' },
  AUTH_ORIGIN: { zh: '请求来源不被信任', en: 'The request origin is not trusted' },
  AUTH_TOKEN_INVALID: { zh: 'API 令牌无效、已过期或已吊销', en: 'The API token is invalid, expired or revoked' },
  AUTH_TOKEN_SCOPE: { zh: 'API 令牌没有此操作的授权范围', en: 'The API token lacks the scope for this action' },
  AUTH_USER_ONLY: { zh: '此操作需要用户登录，不接受 API 令牌', en: 'This action needs a signed-in user, not an API token' },
} satisfies Record<string, Text>;

export const authError = (code: keyof typeof AUTH_TEXT) => {
  const kind =
    code === 'AUTH_LOCKED' ? 'locked' : code === 'AUTH_REQUIRED' || code === 'AUTH_INVALID_CREDENTIALS' || code === 'AUTH_TOKEN_INVALID' || code === 'AUTH_DISABLED' ? 'unauthorized' : 'forbidden';
  return new AppError(kind, code, AUTH_TEXT[code]);
};
