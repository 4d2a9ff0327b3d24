import { z } from 'zod';

/** 12-digit statistical division code (GB/T 2260 + GB/T 10114); shorter GB/T 2260 6-digit codes are padded. */
export const RegionCode = z
  .string()
  .regex(/^\d{12}$/, 'region code must be 12 digits')
  .describe('12-digit statistical division code');
export type RegionCode = z.infer<typeof RegionCode>;

/** Accepts 2/4/6/9/12-digit codes in input and is normalised to 12 digits by the server. */
export const RegionCodeInput = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, 'region code must have 2, 4, 6, 9 or 12 digits');

export const Lon = z.number().min(-180).max(180).describe('WGS-84 longitude');
export const Lat = z.number().min(-90).max(90).describe('WGS-84 latitude');

export const Id = z.string().uuid();

export const ErrorBody = z
  .object({
    code: z.string().describe('stable machine-readable code, e.g. AUTH_INVALID_CREDENTIALS'),
    message: z.string().describe('human-readable message in the negotiated language'),
    details: z.unknown().optional(),
    requestId: z.string().optional(),
  })
  .describe('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ok = z.object({ ok: z.literal(true) });

export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().nonnegative() });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Required free text, trimmed, at most `max` characters. */
export const Text = (max: number) => z.string().trim().min(1).max(max);

/** A phone number as people write it: landline with area code, mobile, extension punctuation. */
export const ContactPhone = z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, 'phone number');

/**
 * The PATCH body of a create schema: every field optional and *no defaults*. zod 4 applies a field's
 * default inside `.partial()`, which would silently reset fields a partial update did not mention.
 */
export function updateOf<S extends z.ZodRawShape>(create: z.ZodObject<S>) {
  const shape = Object.fromEntries(Object.entries(create.shape).map(([k, v]) => [k, v instanceof z.ZodDefault ? v.unwrap() : v])) as {
    [K in keyof S]: S[K] extends z.ZodDefault<infer T> ? T : S[K];
  };
  return z.object(shape).partial().strict();
}

/** A photo sent inline with a note or a feedback (JPEG, PNG or WebP, at most 500 KB). */
export const Photo = z
  .object({
    name: z.string().trim().min(1).max(100),
    contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    dataBase64: z.string().max(700_000, 'a photo may be at most 500 KB').regex(/^[A-Za-z0-9+/=\s]+$/, 'base64'),
  })
  .strict();
export type Photo = z.input<typeof Photo>;
