// Platform message templates (WhatsApp): listed from the account for the composer, and checked when an officer
// sends one — it must be approved on the account now, with every placeholder filled acceptably.
import type { ReplyTemplate, TemplateChoice } from '../../adapters/types.js';
import { fillTemplate, variableProblem } from '../../adapters/templates.js';
import type { AppContext } from '../context.js';
import { DomainError } from '../domain/errors.js';
import type { Platform } from '../domain/labels.js';
import { loadCredentials } from './platform-call.js';

export async function templatesFor(
  ctx: AppContext,
  platform: Platform,
  accountId: string,
): Promise<ReplyTemplate[]> {
  const adapter = ctx.adapters.forPlatform(platform);
  if (!adapter?.listTemplates)
    throw new DomainError('invalid_template', `Kanal ${platform} tidak memakai templat pesan.`);
  const result = await adapter.listTemplates(platform, {
    baseUrl: ctx.adapters.baseUrlFor(platform),
    credentials: await loadCredentials(ctx, platform, accountId),
    fetch,
  });
  if (!result.ok) throw new DomainError('platform_unavailable', result.error);
  return result.templates;
}

/** The text the citizen will read, once the choice is checked against the account's approved templates. */
export async function checkedTemplateText(
  ctx: AppContext,
  platform: Platform,
  accountId: string,
  choice: TemplateChoice,
): Promise<string> {
  const templates = await templatesFor(ctx, platform, accountId);
  const template = templates.find((t) => t.name === choice.name && t.language === choice.language);
  if (!template)
    throw new DomainError(
      'invalid_template',
      `Templat "${choice.name}" (${choice.language}) tidak disetujui untuk akun ini.`,
    );
  if (choice.variables.length !== template.variables)
    throw new DomainError(
      'invalid_template',
      `Templat "${choice.name}" memerlukan ${template.variables} isian; terisi ${choice.variables.length}.`,
    );
  const problems = choice.variables
    .map((v, i) => [i + 1, variableProblem(v)] as const)
    .filter(([, p]) => p)
    .map(([n, p]) => `{{${n}}} ${p}`);
  if (problems.length)
    throw new DomainError('invalid_template', `Isian templat tidak valid: ${problems.join('; ')}.`);
  return fillTemplate(template.body, choice.variables);
}
