import { conflict, forbidden, notFound } from '../../../foundation/http/errors.js';

export const recipientNotFound = (id: string) => notFound('CALLOUT_RECIPIENT_NOT_FOUND', { zh: `叫应对象 ${id} 不存在或不在您的管辖范围内`, en: `Call-out recipient ${id} not found in your scope` });
export const notYourCallout = () =>
  forbidden('CALLOUT_NOT_YOURS', { zh: '只有被叫应的本人或辖区值班人员可以代为确认或反馈', en: 'Only the person called, or a duty officer over their region, may answer or report for it' });
export const calloutClosed = (reason: string) => conflict('CALLOUT_STOPPED', { zh: `该叫应已停止（${reason}），无需再应答`, en: `This call-out was stopped (${reason}); no answer is needed` });
export const attachmentNotFound = (id: string) => notFound('ATTACHMENT_NOT_FOUND', { zh: `附件 ${id} 不存在`, en: `Attachment ${id} not found` });
export const regionNotFound = (code: string) => notFound('REGION_NOT_FOUND', { zh: `行政区划 ${code} 不存在或不在您的管辖范围内`, en: `Region ${code} not found in your scope` });
export const webhookNotFound = (id: string) => notFound('WEBHOOK_NOT_FOUND', { zh: `推送订阅 ${id} 不存在或不在您的管辖范围内`, en: `Webhook ${id} not found in your scope` });
export const gatewaySignatureInvalid = () => forbidden('GATEWAY_SIGNATURE_INVALID', { zh: '网关回调签名无效或已过期', en: 'Gateway callback signature invalid or expired' });
