// The adapter list (adapters/index.ts) is the only registry: config, routes, replies and simulate read it.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../adapters/index.js';
import { adapterDevDefaults, adapterSpecFor, createAdapters } from '../../../adapters/registry.js';
import { PUBLISHED_SECRETS } from '../../../src/security/published-secrets.js';
import type { IncomingRequest } from '../../../adapters/types.js';
import { loadConfig } from '../../../src/config.js';
import { PLATFORMS } from '../../../src/domain/labels.js';
import { sampleChannels } from '../../../src/cli/simulate/deliveries.js';

const asRequest = (path: string, headers: Record<string, string>, body: string): IncomingRequest => {
  const [, , , source] = path.split('/');
  return { rawBody: Buffer.from(body), headers, query: {}, params: source ? { source } : {} };
};

describe('adapter list', () => {
  it('gives each route name and each platform to one adapter only', () => {
    const names = ADAPTERS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const platforms = ADAPTERS.flatMap((a) => a.platforms);
    expect(new Set(platforms).size).toBe(platforms.length);
    for (const p of platforms) expect(PLATFORMS).toContain(p);
  });

  it('lists every development default of an adapter as published, so production refuses it', () => {
    for (const value of Object.values(adapterDevDefaults)) expect(PUBLISHED_SECRETS).toContain(value);
  });

  it("validates each adapter's variables with the rest of the configuration and names a bad one", () => {
    expect(() => loadConfig({ META_GRAPH_URL: 'graph.facebook.com', TELEGRAM_API_URL: 'x' })).toThrow(
      /META_GRAPH_URL: .*\n {2}- TELEGRAM_API_URL: /,
    );
    const config = loadConfig({ TIKTOK_API_URL: 'http://127.0.0.1:9/tiktok' });
    expect(createAdapters(config).baseUrlFor('tiktok')).toBe('http://127.0.0.1:9/tiktok');
    expect(createAdapters(config).baseUrlFor('whatsapp')).toBe('https://graph.facebook.com/v21.0');
  });

  it('every simulate sample is accepted by its own adapter as one citizen message', () => {
    const config = loadConfig({});
    const adapters = createAdapters(config);
    const channels = sampleChannels({});
    expect(Object.keys(channels).sort()).toEqual([
      'facebook',
      'generic',
      'instagram',
      'telegram',
      'tiktok',
      'webform',
      'whatsapp',
      'x',
    ]);
    for (const [channel, build] of Object.entries(channels)) {
      // The website form's sample is completed against a running server (tests/integration/webform.test.ts).
      if (channel === 'webform') continue;
      const d = build(
        { id: `s${channel}1`, n: 42 },
        { id: '7001', name: 'Rina', phone: '6281200000001' },
        'Jalan rusak',
      );
      const adapter = adapters.byName(d.path.split('/')[2])!;
      const req = asRequest(d.path, d.headers, d.body);
      expect(adapter.verify(req), channel).toEqual({ ok: true });
      const parsed = adapter.parse(req);
      expect(
        parsed.messages.map((m) => m.text),
        channel,
      ).toEqual(['Jalan rusak']);
      expect(adapterSpecFor(parsed.messages[0].platform)?.name).toBe(adapter.name);
    }
  });

  it('simulate signs with the server secret from the environment: a wrong one is refused by the adapter', () => {
    const adapters = createAdapters(loadConfig({ META_APP_SECRET: 'server-secret' }));
    const d = sampleChannels({ META_APP_SECRET: 'other-secret' }).whatsapp(
      { id: 'w1', n: 1 },
      { id: '1', name: 'A', phone: '6281' },
      'x',
    );
    expect(adapters.byName('meta')!.verify(asRequest(d.path, d.headers, d.body))).toMatchObject({
      ok: false,
      status: 401,
    });
  });
});
