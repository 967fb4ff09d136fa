import * as z from 'zod/mini';
import { Id, ShortText } from './common.js';
import { ReportStatus } from './reports.js';
import { AdminReport } from './admin-reports.js';
import { ReportKind } from './categories.js';
import { TrivselpengStatus } from './trivselpeng.js';
import { AdminTrivselpeng } from './admin-trivselpeng.js';

export const AdminReportQuery = z.strictObject({
  status: z.optional(ReportStatus),
  kind: z.optional(ReportKind),
  area: z.optional(Id),
  category: z.optional(z.string().check(z.maxLength(40))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type AdminReportQuery = z.infer<typeof AdminReportQuery>;

export const AdminReportList = z.object({
  items: z.array(AdminReport),
  nextCursor: z.nullable(z.string()),
});
export type AdminReportList = z.infer<typeof AdminReportList>;

export const ReportStatusChange = z.strictObject({
  status: ReportStatus,
  /** Internal note for staff. */
  note: z.optional(ShortText(2000)),
  /** Shown to the tenant on the status page. */
  message: z.optional(ShortText(2000)),
});
export type ReportStatusChange = z.input<typeof ReportStatusChange>;

export const AdminTrivselpengQuery = z.strictObject({
  status: z.optional(TrivselpengStatus),
  area: z.optional(Id),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type AdminTrivselpengQuery = z.infer<typeof AdminTrivselpengQuery>;

export const AdminTrivselpengList = z.object({
  items: z.array(AdminTrivselpeng),
  nextCursor: z.nullable(z.string()),
});
export type AdminTrivselpengList = z.infer<typeof AdminTrivselpengList>;

const Count = z.number().check(z.int(), z.gte(0));
const Days = z.number().check(z.int(), z.gte(1));

/** One run of the retention job: when, the periods it used, and how many it deleted — counts only. */
export const RetentionRun = z.object({
  at: z.string(),
  periodDays: z.object({ reports: Days, applications: Days, registrations: Days }),
  deleted: z.object({ reports: Count, applications: Count, registrations: Count, photos: Count }),
});
export type RetentionRun = z.infer<typeof RetentionRun>;

export const RetentionLogQuery = z.strictObject({
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
});
export type RetentionLogQuery = z.infer<typeof RetentionLogQuery>;

export const RetentionLog = z.object({ items: z.array(RetentionRun) });
export type RetentionLog = z.infer<typeof RetentionLog>;
