// Surface cues for the message type that a corpus-trained model may not see enough of: questions,
// thanks/praise, and spam (promotions, gambling ads, follower selling, links).
import type { MessageType } from '../../domain/labels.js';

const QUESTION_WORDS =
  /\b(apakah|kapan|bagaimana|gimana|gmn|berapa|brp|dimana|di mana|kemana|mengapa|kenapa|knp|apa saja|bisakah|bolehkah|adakah|info(?:rmasi)?nya|mohon info|minta info|tanya|bertanya)\b/;
const THANKS =
  /\b(terima ?kasih|makasih|makasi|mksh|trims|thanks|thx|apresiasi|salut|bangga|mantap|mantul|keren|luar biasa|sukses selalu|top markotop|gercep|gerak cepat|sigap)\b/;
const COMPLAINT =
  /\b(rusak|mati|padam|tidak|tdk|gak|gk|ga|nggak|belum|blm|lambat|kecewa|parah|keluh\w*|mengeluh\w*|lapor\w*|melaporkan|mengadu\w*|aduan|pungli|bau|macet|banjir|kotor|mahal|lama|rugi|dirugikan|merugikan|sulit|susah|dipersulit|resah|meresahkan|terganggu|mengganggu|diabaikan|bahaya|berbahaya|keberatan|protes|bocor|hilang|ditolak|terlambat|menunggak|dipotong|ilegal|liar)\b/;
/** Polite closings ("atas perhatiannya terima kasih") are not praise. */
const POLITE_CLOSING =
  /\b(atas perhatian\w*|sebelumnya|atas bantuan\w*|atas tanggapan\w*|atas kerjasama\w*)\s*(saya |kami )?(ucapkan )?(terima ?kasih|makasih|trims)|(terima ?kasih|makasih|trims)\s*(banyak )?(atas perhatian\w*|sebelumnya|atas tanggapan\w*|atas kerjasama\w*)/g;
const REQUEST =
  /\b(usul|usulan|saran|sebaiknya|mohon dibangun|mohon diadakan|minta dibuatkan|harap|berharap|semoga|agar|supaya|mohon bantuan|minta bantuan|tolong bantu|ajukan|pengajuan)\b/;
const SPAM =
  /(slot|gacor|maxwin|jackpot|togel|judi|deposit|depo\b|wd\b|promo\b|diskon|giveaway|followers?|pengikut|jasa (?:like|follow)|cek bio|link (?:di )?bio|klik link|dijamin (?:untung|cair)|investasi|pinjol|pinjaman online|whatsapp.{0,20}0\d{8,}|bit\.ly|cuan|zeus|olympus|pragmatic)/;

/** Past this length a message that describes a problem is a complaint, whatever question it ends with. */
const LONG_TEXT = 250;

export interface TypeCues {
  long: boolean;
  question: boolean;
  thanks: boolean;
  complaint: boolean;
  request: boolean;
  spam: boolean;
}

export function typeCues(text: string): TypeCues {
  // Every closing names the thanks ("terima kasih", "makasih", "trims"): without one there is none to remove.
  const thanked = text.includes('terima') || text.includes('makasih') || text.includes('trims');
  const cleaned = thanked ? text.replace(POLITE_CLOSING, ' ') : text;
  return {
    long: cleaned.length > LONG_TEXT,
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
  if (c.long && c.complaint) return 'pengaduan';
  if (c.thanks && !c.complaint && !c.question) return 'apresiasi';
  if (c.question && !c.complaint) return 'permintaan_informasi';
  if (c.complaint && !c.question && !c.request && !c.thanks) return 'pengaduan';
  return null;
}
