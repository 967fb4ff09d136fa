// The case a tenant mail is about, of whichever kind: a report, a trivselpeng application or a registration.
// Mail goes only to the address the tenant gave, and only while they want it (they ticked the box and have not
// unsubscribed since).
import type { Store } from '../storage/store.js';

export interface TenantRecord {
  /** How the unsubscribe page names it: "ärende R-2026-00012". */
  name: string;
  email: string | null;
  wantsMail: boolean;
  /** Stops the mails (the unsubscribe link); call it inside a transaction. */
  stopMail(): Promise<void>;
}

export const tenantRecord = async (store: Store, record: string): Promise<TenantRecord | undefined> => {
  const report = await store.getReport(record);
  if (report) {
    const c = report.report.contact;
    return {
      name: `ärende ${record}`, email: c.anonymous ? null : (c.email ?? null), wantsMail: !c.anonymous && c.emailUpdates === true,
      stopMail: async () => { if (!c.anonymous) await store.updateReport(report.rowId, { ...report.report, contact: { ...c, emailUpdates: false } }); },
    };
  }
  const application = await store.getTrivselpeng(record);
  if (application) {
    const a = application.core.applicant;
    return {
      name: `ansökan ${record}`, email: a.email ?? null, wantsMail: a.emailUpdates === true,
      stopMail: () => store.setTrivselpengApplicant(application.rowId, { ...a, emailUpdates: false }),
    };
  }
  const registration = await store.getRegistration(record);
  if (registration) {
    const c = registration.details.contact;
    const title = (await store.getActivity(registration.activityId))?.title.sv;
    return {
      name: `anmälan${title ? ` till ${title}` : ''} ${registration.occurrence.replace('T', ' kl. ')}`, email: c.email ?? null, wantsMail: c.emailUpdates === true,
      stopMail: () => store.setRegistrationDetails(registration.id, { ...registration.details, contact: { ...c, emailUpdates: false } }),
    };
  }
  return undefined;
};

/** The address to mail about `record` now, or null. */
export const tenantMailTo = async (store: Store, record: string): Promise<{ email: string } | null> => {
  const r = await tenantRecord(store, record);
  return r?.wantsMail && r.email ? { email: r.email } : null;
};
