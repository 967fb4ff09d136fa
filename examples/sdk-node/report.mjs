// Submits an anonymous report to a Grannskap API with @grannskap/sdk and reads its status back.
// Run against `npm start` (see README.md):  node examples/sdk-node/report.mjs
import { createClient, formatInstant, isGrannskapError, isValidationError } from '@grannskap/sdk';

const baseUrl = process.env.GRANNSKAP_API ?? 'http://127.0.0.1:8787';

// An example answer to a category's extra question, from its definition (Open311-style field types).
const exampleAnswer = (field, now) => {
  switch (field.type) {
    case 'singlevaluelist': return field.values?.[0]?.key;
    case 'multivaluelist': return field.values?.slice(0, 1).map((v) => v.key);
    case 'boolean': return false;
    case 'number': return 1;
    case 'datetime': return now;
    default: return 'Exempel';
  }
};
const client = createClient({ baseUrl, locale: 'sv', outbox: false });

try {
  const [config, categories, areas] = await Promise.all([client.config.get(), client.categories.list({ kind: 'disturbance' }), client.areas.list()]);
  console.log(`Connected to ${config.organisation.name} at ${client.baseUrl}`);
  console.log(`Acute danger: call ${config.emergency.number}. Police, not urgent: ${config.emergency.police}.`);

  // The first disturbance category and the first area; the category's required questions get example answers.
  const category = categories.items[0];
  const area = areas.items[0];
  if (!category || !area) throw new Error('The API offers no disturbance category or no area.');
  console.log(`Category: ${category.name.sv} (${category.code}), area: ${area.name}`);
  const occurredAt = formatInstant(new Date(), config.timeZone);
  const answers = Object.fromEntries(category.fields.filter((f) => f.required).map((f) => [f.code, exampleAnswer(f, occurredAt)]));

  const receipt = await client.reports.create({
    category: category.code,
    area: area.id,
    place: 'Gården mellan husen',
    placeDetail: 'Vid cykelstället',
    occurredAt,
    happeningNow: false,
    answers,
    description: 'Exempelanmälan från SDK-exemplet: hög musik från en parkerad bil sent på kvällen.',
    attachments: [],
    contact: { anonymous: true },
    privacyAccepted: true,
  });
  console.log(`Reference: ${receipt.reference}`);

  // The private status link carries the reference and the token; here we read the same status.
  const status = await client.cases.get(receipt.reference, receipt.token);
  console.log(`Status: ${status.status} (since ${status.updatedAt})`);
} catch (error) {
  if (isValidationError(error)) {
    console.error(`Rejected: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  } else if (isGrannskapError(error)) {
    console.error(`Failed (${error.code}): ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
