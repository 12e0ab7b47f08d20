// `npx aspirasi admin create`: the first admin of a deployment (production never seeds a default login).
// The password comes from stdin (--password-stdin) or is generated and printed once; it must pass the policy.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { SYSTEM } from '../../audit/record.js';
import { createUser } from '../../auth/users.js';
import { DomainError } from '../../domain/errors.js';
import { AgencyModel } from '../../store/index.js';
import { referenceCaches } from '../../cache/reference-cache.js';
import type { Command } from '../command.js';
import { withDatabase } from '../with-database.js';

const USAGE =
  'Penggunaan: npx aspirasi admin create --email ALAMAT --name "NAMA" [--agency KODE] [--password-stdin]\n' +
  '  --agency          kode instansi admin (bawaan: instansi humas; dibuat bila belum ada)\n' +
  '  --agency-name     nama instansi humas yang dibuat bila belum ada (bawaan: "Humas")\n' +
  '  --password-stdin  baca kata sandi dari stdin; tanpa ini kata sandi acak dibuat dan dicetak sekali\n';

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The named agency, or the humas desk, created on an empty database so the admin has somewhere to belong. */
async function agencyFor(code: string | undefined, humasName: string) {
  if (code) return AgencyModel.findOne({ code: code.toUpperCase() }).lean();
  const humas = await AgencyModel.findOne({ isHumas: true }).lean();
  if (humas) return humas;
  const created = await AgencyModel.create({
    code: 'HUMAS',
    name: humasName,
    shortName: humasName,
    isHumas: true,
  });
  await referenceCaches.announce('agencies');
  return created.toObject();
}

export const adminCommand: Command = {
  summary: 'admin create: buat admin (admin pertama di production) dengan kata sandi dari stdin atau acak',
  async run(args, io) {
    const [sub, ...rest] = args;
    let values;
    try {
      ({ values } = parseArgs({
        args: rest,
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          agency: { type: 'string' },
          'agency-name': { type: 'string', default: 'Humas' },
          'password-stdin': { type: 'boolean', default: false },
        },
      }));
    } catch (err) {
      io.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (sub !== 'create' || !values.email || !values.name) {
      io.stderr.write(USAGE);
      return 2;
    }
    const generated = !values['password-stdin'];
    const password = generated ? randomBytes(18).toString('base64url') : await readAll(io.stdin);
    return withDatabase(io, async () => {
      const agency = await agencyFor(values.agency, values['agency-name']!);
      if (!agency) {
        io.stderr.write(`Instansi dengan kode ${values.agency} tidak ditemukan.\n`);
        return 2;
      }
      try {
        const user = await createUser(
          { email: values.email!, name: values.name!, role: 'admin', agencyId: String(agency._id), password },
          SYSTEM,
        );
        io.stdout.write(`Admin dibuat: ${user.email} (${agency.shortName}).\n`);
        if (generated)
          io.stdout.write(
            `Kata sandi (hanya ditampilkan sekali, simpan dan ganti setelah masuk): ${password}\n`,
          );
        return 0;
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        io.stderr.write(`${err.message}\n`);
        return err.code === 'conflict' ? 3 : 2;
      }
    });
  },
};
