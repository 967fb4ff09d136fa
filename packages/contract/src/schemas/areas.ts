import * as z from 'zod/mini';
import { Id, LocalizedText, ShortText } from './common.js';

export const Area = z.object({
  id: Id,
  name: ShortText(80),
  description: z.optional(LocalizedText),
});
export type Area = z.infer<typeof Area>;

/** A property (fastighet) or street address tenants can pick from a searchable list. */
export const Address = z.object({
  id: Id,
  areaId: Id,
  street: ShortText(120),
  postalCode: z.optional(z.string()),
  city: z.optional(z.string()),
  property: z.optional(z.string()),
});
export type Address = z.infer<typeof Address>;

export const AreaList = z.object({ items: z.array(Area) });
export type AreaList = z.infer<typeof AreaList>;

export const AddressQuery = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(100))),
  area: z.optional(Id),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
});
export type AddressQuery = z.infer<typeof AddressQuery>;

export const AddressList = z.object({ items: z.array(Address) });
export type AddressList = z.infer<typeof AddressList>;
