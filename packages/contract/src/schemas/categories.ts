import * as z from 'zod/mini';
import { LocalizedText } from './common.js';

/** What a report is about; the widget groups categories by kind. */
export const REPORT_KINDS = ['disturbance', 'damage', 'unsafe_place', 'other'] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

export const Code = z.string().check(z.regex(/^[a-z0-9_-]{1,40}$/));

/** Field types as in Open311 GeoReport v2 service definitions. */
export const FIELD_TYPES = ['string', 'text', 'number', 'boolean', 'datetime', 'singlevaluelist', 'multivaluelist'] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

/** An extra question a category asks, rendered by the report form from this definition. */
export const CategoryField = z.object({
  code: Code,
  type: FieldType,
  required: z.boolean(),
  label: LocalizedText,
  description: z.optional(LocalizedText),
  values: z.optional(z.array(z.object({ key: Code, name: LocalizedText }))),
  maxLength: z.optional(z.number().check(z.int(), z.positive())),
});
export type CategoryField = z.infer<typeof CategoryField>;

/** One entry of the service catalogue. */
export const Category = z.object({
  code: Code,
  kind: ReportKind,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** When set, the form shows the trygghetsjour prompt if the tenant says it is happening now. */
  urgentPossible: z.boolean(),
  fields: z.array(CategoryField),
});
export type Category = z.infer<typeof Category>;

export const CategoryList = z.object({ items: z.array(Category) });
export type CategoryList = z.infer<typeof CategoryList>;

export const CategoryQuery = z.strictObject({
  kind: z.optional(ReportKind),
});
export type CategoryQuery = z.infer<typeof CategoryQuery>;
