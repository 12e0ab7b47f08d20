import { seedDemo } from '../../seed/seed.js';
import type { Command } from '../command.js';
import { withDatabase } from '../with-database.js';

export const seedCommand: Command = {
  summary:
    'buat data demo Kaltim (instansi, pengguna, aturan rute) di MONGODB_URI; aman diulang; bukan untuk production',
  run: (_args, io) =>
    withDatabase(
      io,
      async (config) => {
        if (config.NODE_ENV === 'production') {
          io.stderr.write(
            'Data demo tidak dibuat di production: kata sandinya tertulis di README.\n' +
              'Buat admin pertama dengan: npx aspirasi admin create --email ... --name ...\n',
          );
          return 2;
        }
        const s = await seedDemo(config);
        io.stdout.write(
          `Data demo siap: ${s.agencies} instansi, ${s.users} pengguna, ${s.rules} aturan rute.\n` +
            `Admin: ${s.admin.email} / ${s.admin.password}\n` +
            `Petugas & supervisor: <kode>.petugas1|petugas2|spv@demo.aspirasi.id / ${s.demoPassword}\n`,
        );
        return 0;
      },
      '`npm start` tanpa MONGODB_URI sudah mengisi data demo sendiri;\n' +
        'untuk basis data tetap: MONGODB_URI=mongodb://host:27017/aspirasi npx aspirasi seed',
    ),
};
