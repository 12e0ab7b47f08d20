// Why an alert fired, in words leadership can act on: the counts against the usual, the words the citizens use
// most, a few of their messages (personal data masked) and the channels they came through.
import { maskPii } from '../classify/pii.js';
import { cleanText, tokensOfCleaned } from '../classify/text/normalize.js';
import { STOPWORDS } from '../classify/text/stopwords.js';
import { channelName, regionName, topicName } from '../reports/names.js';
import { ConversationModel, MessageModel } from '../store/index.js';
import { CRISIS_RULES, type Assessment } from './assess.js';

const SAMPLE_CASES = 200;
const SAMPLES = 5;
const TOP_WORDS = 8;

export interface Explanation {
  summary: string;
  topWords: { word: string; count: number }[];
  samples: { conversationId: string; ticketNumber: string; channel: string; text: string }[];
  channels: Record<string, number>;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','));

export function summaryText(topic: string, region: string | null, a: Assessment): string {
  const minutes = CRISIS_RULES.bucketMinutes * CRISIS_RULES.windowBuckets;
  const usual = {
    hour_of_week: `biasanya ${fmt(a.expected)} (median ${CRISIS_RULES.weeks} minggu terakhir pada hari dan jam yang sama)`,
    hour_of_day: `biasanya ${fmt(a.expected)} (median hari-hari terakhir pada jam yang sama; riwayat mingguan belum cukup)`,
    prior: `belum ada riwayat untuk dibandingkan (dianggap sekitar ${CRISIS_RULES.priorExpected} per jam)`,
  }[a.source];
  const parts = [
    `${a.count} percakapan tentang ${topicName(topic).toLowerCase()} dari ${regionName(region)} dalam ${minutes} menit terakhir; ${usual}.`,
  ];
  if (a.reasons.includes('volume')) parts.push(`Batas kewajaran ${a.threshold} terlampaui.`);
  if (a.kritisCount > 0) {
    parts.push(
      `${a.kritisCount} di antaranya kritis${a.reasons.includes('kritis') ? ` (biasanya ${fmt(a.kritisExpected)}; batas ${a.kritisThreshold})` : ''}.`,
    );
  }
  return parts.join(' ');
}

export async function explain(
  topic: string,
  region: string | null,
  a: Assessment,
  conversationIds: string[],
): Promise<Explanation> {
  const ids = conversationIds.slice(0, SAMPLE_CASES);
  const [cases, messages] = await Promise.all([
    ConversationModel.find({ _id: { $in: ids } })
      .select('ticketNumber platform')
      .lean(),
    MessageModel.find({ conversationId: { $in: ids }, direction: 'inbound' })
      .select('conversationId text createdAt')
      .sort({ createdAt: 1 })
      .lean(),
  ]);
  const firstText = new Map<string, string>();
  for (const m of messages)
    if (!firstText.has(String(m.conversationId))) firstText.set(String(m.conversationId), m.text ?? '');
  const words = new Map<string, number>();
  for (const text of firstText.values()) {
    const distinct = new Set(
      tokensOfCleaned(cleanText(text)).filter((w) => w.length >= 3 && !/\d/.test(w) && !STOPWORDS.has(w)),
    );
    for (const w of distinct) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const channels: Record<string, number> = {};
  for (const c of cases) channels[c.platform] = (channels[c.platform] ?? 0) + 1;
  return {
    summary: summaryText(topic, region, a),
    topWords: [...words]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, TOP_WORDS)
      .map(([word, count]) => ({ word, count })),
    samples: cases.slice(0, SAMPLES).map((c) => ({
      conversationId: String(c._id),
      ticketNumber: c.ticketNumber,
      channel: channelName(c.platform),
      text: maskPii(firstText.get(String(c._id)) ?? '').slice(0, 280),
    })),
    channels,
  };
}
