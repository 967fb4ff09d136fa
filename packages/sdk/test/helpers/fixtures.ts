// Valid inputs built from what the real server's catalogue offers, so tests follow the demo data.
import { formatInstant } from '@grannskap/contract';
import type { Client, ReportCreate } from '@grannskap/sdk';

export const reportInput = async (client: Client, description = 'Hög musik i trapphuset sedan klockan 22.'): Promise<ReportCreate> => {
  const [areas, categories] = await Promise.all([client.areas.list(), client.categories.list()]);
  const area = areas.items[0];
  // A category whose extra questions are all optional, so the report needs no answers.
  const category = categories.items.find((c) => c.fields.every((f) => !f.required));
  if (!area || !category) throw new Error('The demo data has no area or no category without required fields');
  return {
    category: category.code,
    area: area.id,
    place: 'Gården bakom huset',
    occurredAt: formatInstant(new Date(), 'Europe/Stockholm'),
    happeningNow: false,
    description,
    attachments: [],
    contact: { anonymous: true },
    privacyAccepted: true,
  };
};
