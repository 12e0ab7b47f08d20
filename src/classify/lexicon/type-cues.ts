// Surface cues for the message type that a corpus-trained model may not see enough of: questions,
// thanks/praise, and spam (promotions, gambling ads, follower selling, links).
import type { MessageType } from '../../domain/labels.js';

const QUESTION_WORDS =
  /\b(apakah|kapan|bagaimana|gimana|gmn|berapa|brp|dimana|di mana|kemana|mengapa|kenapa|knp|apa saja|bisakah|bolehkah|adakah|info(?:rmasi)?nya|mohon info|minta info|tanya|bertanya)\b/;
const THANKS =
  /\b(terima ?kasih|makasih|makasi|mksh|trims|thanks|thx|apresiasi|salut|bangga|mantap|mantul|keren|luar biasa|sukses selalu|top markotop|gercep|gerak cepat|sigap)\b/;
const COMPLAINT =
  /\b(rusak|mati|padam|tidak|belum|lambat|kecewa|parah|keluh|lapor|tolong|pungli|bau|macet|banjir|kotor|mahal|lama)\b/;
const REQUEST =
  /\b(usul|usulan|saran|sebaiknya|mohon dibangun|mohon diadakan|minta dibuatkan|harap|berharap|semoga|agar|supaya|mohon bantuan|minta bantuan|tolong bantu|ajukan|pengajuan)\b/;
const SPAM =
  /(slot|gacor|maxwin|jackpot|togel|judi|deposit|depo\b|wd\b|promo|diskon|giveaway|followers?|pengikut|jasa (?:like|follow)|cek bio|link (?:di )?bio|klik link|dijamin (?:untung|cair)|investasi|pinjol|pinjaman online|whatsapp.{0,20}0\d{8,}|bit\.ly|cuan|zeus|olympus|pragmatic)/;

export interface TypeCues {
  question: boolean;
  thanks: boolean;
  complaint: boolean;
  request: boolean;
  spam: boolean;
}

export function typeCues(cleaned: string): TypeCues {
  return {
    question: cleaned.includes('?') || QUESTION_WORDS.test(cleaned),
    thanks: THANKS.test(cleaned),
    complaint: COMPLAINT.test(cleaned),
    request: REQUEST.test(cleaned),
    spam: SPAM.test(cleaned),
  };
}

/** A rule-based type when the cues are unambiguous, else null (the model decides). */
export function typeFromCues(c: TypeCues): MessageType | null {
  if (c.spam && !c.complaint) return 'spam';
  if (c.thanks && !c.complaint && !c.question) return 'apresiasi';
  if (c.question && !c.complaint) return 'permintaan_informasi';
  return null;
}
