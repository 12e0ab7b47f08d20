// `npx aspirasi simulate` sample: a report from a government website relayed through the signed generic webhook.
import type { SampleBuilder } from '../adapter-spec.js';
import { genericDeliveryHeaders } from './signing.js';

export const genericSample: SampleBuilder<{ GENERIC_WEBHOOK_SECRET?: string }> = (ref, c, text, s) => {
  const body = JSON.stringify({
    id: ref.id,
    author: { id: c.id, name: c.name },
    text,
    createdAt: new Date().toISOString(),
  });
  return {
    path: '/webhooks/generic/lapor-web',
    headers: genericDeliveryHeaders(s.GENERIC_WEBHOOK_SECRET ?? '', 'lapor-web', body),
    body,
  };
};
