// The staff API's request and response shapes, apart from the public ones: a module no widget imports from,
// so none of this reaches a tenant's browser (the contract has no side effects: `sideEffects: false`).
import * as z from 'zod/mini';
import { RegistrationView } from './registrations.js';

/** A registration as staff see it. */
export const AdminRegistration = z.object({
  ...RegistrationView.shape,
  participantList: z.array(z.object({ name: z.string(), age: z.optional(z.nullable(z.number())) })),
  contact: z.object({
    name: z.string(), phone: z.optional(z.nullable(z.string())), email: z.optional(z.nullable(z.string())),
    /** Whether the holder gets e-mail about the registration (false once they unsubscribe). */
    emailUpdates: z.optional(z.boolean()),
  }),
});
export type AdminRegistration = z.infer<typeof AdminRegistration>;

export const AdminRegistrationList = z.object({ items: z.array(AdminRegistration) });
export type AdminRegistrationList = z.infer<typeof AdminRegistrationList>;
