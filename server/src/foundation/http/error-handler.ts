import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { OutOfScopeError } from '../scope/scope-plugin.js';
import { HTTP_TEXT } from './common-errors.js';
import { AppError, pickLang, type Text } from './errors.js';
import { zhIssue } from './zod-issue-text.js';
import './request-context.js';

type PgError = { code?: string; constraint?: string; detail?: string };

/** Maps every failure to `{code, message, details}`; a user's mistake is a 4xx, and a 5xx says nothing internal. */
export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const send = (status: number, code: string, text: Text, details?: unknown) => reply.code(status).send(body(request, code, text, details));

    if (error instanceof AppError) return send(error.status, error.code, error.text, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const zh = (request.lang ?? pickLang(request.headers['accept-language'])) === 'zh';
      const details = error.validation.map((v) => ({
        in: error.validationContext ?? 'body',
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: zh ? inChinese(v.keyword, v.message ?? '', v.params) : (v.message ?? 'invalid'),
      }));
      return send(400, 'VALIDATION_FAILED', HTTP_TEXT.VALIDATION_FAILED, details);
    }
    if (error instanceof OutOfScopeError) {
      return send(404, 'REGION_NOT_FOUND', { zh: '区划不存在或不在您的管辖范围内', en: 'Region not found in your scope' });
    }
    const fe = error as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(400, 'BAD_JSON', HTTP_TEXT.BAD_JSON);
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(400, 'EMPTY_BODY', HTTP_TEXT.EMPTY_BODY);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(413, 'PAYLOAD_TOO_LARGE', HTTP_TEXT.PAYLOAD_TOO_LARGE);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(415, 'UNSUPPORTED_MEDIA_TYPE', HTTP_TEXT.UNSUPPORTED_MEDIA_TYPE);
    }
    if (fe.statusCode === 429) return send(429, 'RATE_LIMITED', HTTP_TEXT.RATE_LIMITED);
    if (error instanceof SyntaxError && fe.statusCode === 400) return send(400, 'BAD_JSON', HTTP_TEXT.BAD_JSON);
    const pg = error as PgError;
    if (pg.code === '23505') return send(409, 'CONFLICT', HTTP_TEXT.CONFLICT, { constraint: pg.constraint });
    if (pg.code === '23503') return send(409, 'REFERENCE_NOT_FOUND', HTTP_TEXT.REFERENCE_NOT_FOUND, { constraint: pg.constraint });
    // 22021/22P05: a NUL character in text or jsonb, which PostgreSQL cannot store.
    if (['22P02', '22003', '22001', '23514', '22007', '22021', '22P05'].includes(pg.code ?? '')) {
      return send(400, 'INVALID_VALUE', HTTP_TEXT.INVALID_VALUE);
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return send(fe.statusCode, 'BAD_REQUEST', HTTP_TEXT.VALIDATION_FAILED);
    }
    if (isResponseSerializationError(error)) request.log.error({ err: error, issues: error.cause.issues }, 'response failed its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return send(500, 'INTERNAL', HTTP_TEXT.INTERNAL);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send(body(request, 'ROUTE_NOT_FOUND', HTTP_TEXT.ROUTE_NOT_FOUND));
  });
}

function body(request: FastifyRequest, code: string, text: Text, details?: unknown) {
  const lang = request.lang ?? pickLang(request.headers['accept-language']);
  return { code, message: text[lang], ...(details === undefined ? {} : { details }), requestId: request.id };
}

/** For replies sent outside the error handler (e.g. the SPA fallback). */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, code: string, text: Text) {
  return reply.code(status).send(body(request, code, text));
}

/** zod's own messages are replaced; a contract's custom rule text (e.g. the password policy) is kept beside. */
function inChinese(code: string, message: string, params: Record<string, unknown>): string {
  const zh = zhIssue({ ...params, code, message, path: [] } as unknown as z.core.$ZodIssue);
  return zh === message || /^(Invalid|Too (small|big)|Unrecognized key)/.test(message) ? zh : `${zh}（${message}）`;
}
