// WhatsApp message templates: outside the 24 h window only a template approved on the business account may be
// sent. Listed from the account (GET /<WABA id>/message_templates, credentials.businessAccountId), filled with the
// officer's values and sent as type=template. Only templates the officer can fill here are offered: positional
// {{n}} placeholders in the body, a header and buttons without placeholders or media.
import { list, obj, str } from '../json.js';
import { HAS_PLACEHOLDER, PLACEHOLDER } from '../templates.js';
import type { MediaContext, OutboundReply, ReplyTemplate, TemplatesResult } from '../types.js';
import { graphGet } from './graph-client.js';

function fillable(raw: unknown): ReplyTemplate | null {
  const t = obj(raw);
  const name = str(t?.name);
  const language = str(t?.language);
  if (!t || !name || !language || str(t.status) !== 'APPROVED') return null;
  if (str(t.parameter_format) === 'NAMED') return null;
  const components = list(t.components).map(obj);
  const body = str(components.find((c) => str(c?.type) === 'BODY')?.text);
  if (!body) return null;
  const needsMore = components.some((c) => {
    const type = str(c?.type);
    if (type === 'HEADER') return str(c?.format) !== 'TEXT' || HAS_PLACEHOLDER.test(str(c?.text) ?? '');
    if (type === 'BUTTONS') return JSON.stringify(c?.buttons ?? []).includes('{{');
    return false;
  });
  if (needsMore) return null;
  const numbers = [...body.matchAll(PLACEHOLDER)].map((m) => Number(m[1]));
  return {
    name,
    language,
    category: str(t.category) ?? '',
    body,
    variables: numbers.length ? Math.max(...numbers) : 0,
  };
}

export async function listWhatsappTemplates(ctx: MediaContext): Promise<TemplatesResult> {
  const waba = ctx.credentials.businessAccountId;
  if (!waba)
    return {
      ok: false,
      retryable: false,
      error: 'Akun WhatsApp ini belum menyimpan businessAccountId (WABA id); templat tidak dapat dimuat.',
    };
  const res = await graphGet(ctx, `/${waba}/message_templates`, {
    fields: 'name,language,status,category,components,parameter_format',
    status: 'APPROVED',
    limit: '200',
  });
  if (!res.ok) return res;
  const templates = list(obj(res.body)?.data)
    .map(fillable)
    .filter((t): t is ReplyTemplate => t !== null);
  return { ok: true, templates };
}

export function templateMessage(reply: OutboundReply) {
  const t = reply.template!;
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: reply.recipient.phone ?? reply.recipient.id,
    type: 'template',
    template: {
      name: t.name,
      language: { code: t.language },
      ...(t.variables.length
        ? { components: [{ type: 'body', parameters: t.variables.map((text) => ({ type: 'text', text })) }] }
        : {}),
    },
  };
}
