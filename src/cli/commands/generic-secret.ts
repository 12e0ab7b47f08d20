// `npx aspirasi generic-secret <source>`: the two secrets of one generic source, for the operator of that system:
// the one it signs its deliveries with, and the one our replies to it are signed with (adapters/generic/signing.ts).
import { genericSourceSecrets } from '../../../adapters/generic/index.js';
import { ConfigError, loadConfig } from '../../config.js';
import type { Command } from '../command.js';

const SOURCE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export const genericSecretCommand: Command = {
  summary:
    'cetak rahasia tanda tangan satu sumber generik (kiriman masuk dan balasan) dari GENERIC_WEBHOOK_SECRET',
  async run(args, io) {
    const [source] = args;
    if (!source || !SOURCE.test(source)) {
      io.stderr.write('Penggunaan: npx aspirasi generic-secret <sumber>  (huruf kecil, angka, - atau _)\n');
      return 2;
    }
    let master: string;
    try {
      master = loadConfig().GENERIC_WEBHOOK_SECRET!;
    } catch (err) {
      io.stderr.write(`${(err as ConfigError).message}\n`);
      return 2;
    }
    const secrets = genericSourceSecrets(master, source);
    io.stdout.write(
      `Sumber: ${source}\n` +
        `  rahasia kiriman (sumber menandatangani POST /webhooks/generic/${source}): ${secrets.inbound}\n` +
        `  rahasia balasan (Aspirasi menandatangani balasan ke sumber):        ${secrets.reply}\n` +
        'Tanda tangan: X-Aspirasi-Signature: sha256=hex(HMAC-SHA256(rahasia, "<X-Aspirasi-Timestamp>.<isi mentah>"))\n',
    );
    return 0;
  },
};
