// Where a case goes: the routing rules applied to what a case is about and the moment it came in.
import { BlockList, isIP } from 'node:net';
import { answerAt } from '@grannskap/contract';
import type { CaseKind, Config, FieldIssue, Routing, RoutingDryRun, RoutingTime } from '@grannskap/contract';
import { issue } from '../http/problem.js';

/** What the rules look at. */
export interface RoutingSubject {
  kind: CaseKind;
  category?: string;
  area?: string;
  /** An activity's areas: a registration matches a rule naming any of them. */
  areas?: readonly string[];
  urgent?: boolean;
}

/** The times a moment counts as, from the on-call calendar (Europe/Stockholm, public holidays included). */
export const routingTimes = (config: Config, at: Date): RoutingTime[] => {
  const status = answerAt(config, at);
  const times: RoutingTime[] = [status.who === 'customer_service' ? 'office_hours' : status.who === 'trygghetsjour' ? 'jour' : 'closed'];
  if (status.holiday) times.push('holiday');
  return times;
};

/** Every rule that matches gives its destinations; a case no rule matches goes to `default`. */
export const route = (routing: Routing, config: Config, subject: RoutingSubject, at: Date): RoutingDryRun => {
  const times = routingTimes(config, at);
  const matched = routing.rules.filter(({ when }) =>
    (!when.kinds || when.kinds.includes(subject.kind)) &&
    (!when.categories || (subject.category !== undefined && when.categories.includes(subject.category))) &&
    (!when.areas || (subject.area !== undefined && when.areas.includes(subject.area)) || (subject.areas ?? []).some((a) => when.areas!.includes(a))) &&
    (when.urgent === undefined || when.urgent === (subject.urgent ?? false)) &&
    (!when.times || when.times.some((t) => times.includes(t))),
  );
  const destinations = matched.length > 0 ? matched.map((r) => r.to) : [routing.default];
  const emails = [...new Set(destinations.flatMap((d) => d.emails ?? []).map((e) => e.toLowerCase()))];
  const ids = new Set(destinations.flatMap((d) => d.webhooks ?? []));
  const webhooks = routing.webhooks.filter((w) => ids.has(w.id)).map(({ id, url }) => ({ id, url }));
  return { times, matched: matched.map((r) => r.name), usedDefault: matched.length === 0, emails, webhooks };
};

// Addresses a webhook may not point at unless its endpoint says `allowPrivate`: loopback, private networks,
// link-local (cloud metadata services live there), carrier-grade NAT, "this network", unique-local IPv6.
const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether a URL's host is a name or address inside the server's own networks (by its text; names are resolved when sending). */
export const isPrivateHost = (url: URL): boolean => {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  const family = isIP(host);
  if (family === 0) return false;
  // an IPv4-mapped IPv6 address (`::ffff:a00:1`, which URL writes for `::ffff:10.0.0.1`) is checked against the IPv4 rules
  return PRIVATE.check(host, family === 4 ? 'ipv4' : 'ipv6');
};

/** What the schema cannot see: ids that must exist and be unique, and webhook addresses that must be public. */
export const routingIssues = (routing: Routing): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const ids = new Set<string>();
  routing.webhooks.forEach((w, i) => {
    if (ids.has(w.id)) issues.push(issue(['webhooks', i, 'id'], 'unknown', `The webhook id "${w.id}" is used twice.`));
    ids.add(w.id);
    const url = new URL(w.url);
    if (!w.allowPrivate && url.protocol !== 'https:') {
      issues.push(issue(['webhooks', i, 'url'], 'invalid_format', 'A webhook URL must use https (set allowPrivate to allow http on a private network).'));
    } else if (!w.allowPrivate && isPrivateHost(url)) {
      issues.push(issue(['webhooks', i, 'url'], 'invalid_format', 'This address is loopback or on a private network; set allowPrivate on the endpoint to allow it.'));
    }
  });
  const checkTo = (to: Routing['default'], path: (string | number)[]) =>
    (to.webhooks ?? []).forEach((id, j) => {
      if (!ids.has(id)) issues.push(issue([...path, 'webhooks', j], 'unknown', `No webhook has the id "${id}".`));
    });
  routing.rules.forEach((r, i) => checkTo(r.to, ['rules', i, 'to']));
  checkTo(routing.default, ['default']);
  if ((routing.default.emails ?? []).length === 0 && (routing.default.webhooks ?? []).length === 0) {
    issues.push(issue(['default'], 'required', 'The default needs at least one e-mail address or webhook, so that no case goes unrouted.'));
  }
  return issues;
};
