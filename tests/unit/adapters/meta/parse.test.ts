import { describe, expect, it } from 'vitest';
import { parseMetaDelivery } from '../../../../adapters/meta/parse.js';
import {
  A1_FEED_COMMENT,
  A2_MESSENGER_TEXT,
  PAGE_ID,
  feedComment,
  messagingEvent,
  waMessage,
  whatsappDelivery,
} from './samples.js';

describe('Meta delivery envelope', () => {
  it('many entries with many changes and events: each becomes its own message, in order', () => {
    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE_ID,
          time: 1742667607,
          changes: [
            { field: 'feed', value: feedComment({ comment_id: 'c_1' }) },
            { field: 'feed', value: feedComment({ comment_id: 'c_2' }) },
          ],
        },
        {
          id: PAGE_ID,
          time: 1742667700123,
          messaging: [
            messagingEvent({ mid: 'm_1', text: 'satu' }),
            messagingEvent({ mid: 'm_2', text: 'dua' }),
          ],
        },
        {
          id: '999000111',
          time: 1742667607,
          changes: [
            {
              field: 'feed',
              value: feedComment({ comment_id: 'c_3', post_id: '999000111_5', parent_id: '999000111_5' }),
            },
          ],
        },
      ],
    };
    const { messages, problems } = parseMetaDelivery(JSON.stringify(body));
    expect(problems).toEqual([]);
    expect(messages.map((m) => [m.platform, m.accountId, m.externalId])).toEqual([
      ['facebook', PAGE_ID, 'c_1'],
      ['facebook', PAGE_ID, 'c_2'],
      ['messenger', PAGE_ID, 'm_1'],
      ['messenger', PAGE_ID, 'm_2'],
      ['facebook', '999000111', 'c_3'],
    ]);
  });

  it('one bad entry among good ones: the good ones are kept and the bad one is reported', () => {
    const body = {
      object: 'page',
      entry: [
        A1_FEED_COMMENT.entry[0],
        { time: 1 /* no id */, changes: [] },
        'garbage',
        A2_MESSENGER_TEXT.entry[0],
      ],
    };
    const { messages, problems } = parseMetaDelivery(JSON.stringify(body));
    expect(messages.map((m) => m.externalId)).toEqual([
      '122131676912594941_1213590066982748',
      'm_1457764197618:41d102a3e1ae206a38',
    ]);
    expect(problems).toEqual(['entry[1]: entry.id is missing', 'entry[2]: entry is not an object']);
  });

  it('ids above 2^53 sent as bare JSON numbers are kept exactly as strings', () => {
    // Written by hand: JSON.stringify cannot produce these numbers without rounding them.
    const raw = `{"object":"page","entry":[{"id":${PAGE_ID},"time":1742667700123,"messaging":[{"sender":{"id":90071992547409931},"recipient":{"id":${PAGE_ID}},"timestamp":1742667699876,"message":{"mid":"m_big","text":"id besar"}}]}]}`;
    const { messages, problems } = parseMetaDelivery(Buffer.from(raw));
    expect(problems).toEqual([]);
    expect(messages[0].author.id).toBe('90071992547409931');
    expect(messages[0].threadKey).toBe('dm:90071992547409931');
    expect(messages[0].accountId).toBe(PAGE_ID);
    // Plain JSON.parse would have rounded it to another citizen's id.
    expect(String(JSON.parse(raw).entry[0].messaging[0].sender.id)).not.toBe('90071992547409931');
  });

  it('WhatsApp batch: messages and statuses from one change are split', () => {
    const body = whatsappDelivery({
      contacts: [{ profile: { name: 'Rina' }, wa_id: '6285200001111' }],
      messages: [
        waMessage('text', { body: 'Halo' }, { from: '6285200001111', id: 'wamid.A' }),
        waMessage('text', { body: 'Lagi' }, { from: '6285200001111', id: 'wamid.B' }),
      ],
      statuses: [
        { id: 'wamid.OURS', status: 'delivered', timestamp: '1749416500', recipient_id: '6285200001111' },
      ],
    });
    const { messages, statuses } = parseMetaDelivery(JSON.stringify(body));
    expect(messages.map((m) => [m.externalId, m.author.name])).toEqual([
      ['wamid.A', 'Rina'],
      ['wamid.B', 'Rina'],
    ]);
    expect(statuses.map((s) => s.status)).toEqual(['delivered']);
  });

  it('invalid JSON and unknown objects are reported, never thrown', () => {
    expect(parseMetaDelivery(Buffer.from('{not json'))).toEqual({
      messages: [],
      statuses: [],
      problems: ['body is not valid JSON'],
    });
    expect(parseMetaDelivery(JSON.stringify({ object: 'user', entry: [] })).problems).toEqual([
      'unsupported object "user"',
    ]);
  });

  it('problem lines never contain message text (they go to logs)', () => {
    const bad = feedComment({ message: 'NIK saya 6472012345678901' });
    delete bad.from;
    const { problems } = parseMetaDelivery(
      JSON.stringify({
        object: 'page',
        entry: [{ id: PAGE_ID, time: 1, changes: [{ field: 'feed', value: bad }] }],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems.join(' ')).not.toContain('6472012345678901');
  });
});
