import type { Routing } from '@grannskap/contract';

/**
 * The demo organisation's routing: the jour takes what happens now outside office hours, property care takes
 * water leaks, the area team trivselpeng, customer service the rest. The addresses are under `.example`, a
 * top-level domain reserved for examples (RFC 2606): nothing sent to them can reach anyone.
 */
export const demoRouting: Routing = {
  webhooks: [],
  rules: [
    { name: 'Trygghetsjouren: pågår nu, utanför kontorstid', when: { kinds: ['report'], urgent: true, times: ['jour', 'closed'] }, to: { emails: ['jour@bostad.example'] } },
    { name: 'Vattenläcka: alltid till fastighetsjouren', when: { kinds: ['report'], categories: ['water_leak'] }, to: { emails: ['fastighetsjour@bostad.example'] } },
    { name: 'Trivselpeng till områdesteamet', when: { kinds: ['application', 'follow_up'] }, to: { emails: ['trivselpeng@bostad.example'] } },
  ],
  default: { emails: ['kundservice@bostad.example'] },
};
