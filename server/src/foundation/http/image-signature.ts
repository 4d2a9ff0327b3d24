import { ruleViolation } from './errors.js';

/** The file's own signature must match its declared type, so a renamed document is not stored as a photo. */
export function looksLikeImage(b: Buffer, type: string): boolean {
  if (type === 'image/jpeg') return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  if (type === 'image/png') return b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP';
}

export const photoInvalid = (name: string) => ruleViolation('PHOTO_INVALID', { zh: `照片“${name}”不是有效的图片数据`, en: `Photo "${name}" is not valid image data` });
