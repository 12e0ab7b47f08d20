// Function words that carry no topic, urgency or intent. natural's Indonesian list also removes tidak, belum,
// segera, mohon, kapan, bagaimana... which decide urgency, negation and type, so the project keeps its own list.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'yang dan di ke dari pada untuk dengan ini itu itu ada adalah sebagai oleh dalam juga atau sudah saya kami kita ' +
    'kamu anda dia mereka nya si sang para akan bisa dapat lebih karena agar supaya namun tapi tetapi serta lalu ' +
    'kemudian maka jadi pun saja hanya sangat banget amat sekali begitu begini seperti sama lagi masih telah ' +
    'tersebut yaitu ialah bahwa sedang baru bagi hal oleh sejak antara setiap tiap semua segala sebuah seorang ' +
    'satu dua tiga kok sih dong deh nah kan ya iya oh ah eh hai halo nih tuh loh lho pak bapak ibu kak admin mas mbak ' +
    'saudara yth terhormat min gan bang om'
  ).split(' '),
);
