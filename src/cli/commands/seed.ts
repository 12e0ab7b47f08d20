import { ConfigError, loadConfig } from '../../config.js';
import { seedDemo } from '../../seed/seed.js';
import { connectDatabase, disconnectDatabase } from '../../store/index.js';
import type { Command } from '../command.js';

export const seedCommand: Command = {
  summary: 'buat data demo Kaltim (instansi, pengguna, aturan rute) di MONGODB_URI; aman diulang',
  async run(_args, io) {
    let config;
    try {
      config = loadConfig();
    } catch (err) {
      io.stderr.write(`${(err as ConfigError).message}\n`);
      return 2;
    }
    if (!config.MONGODB_URI) {
      io.stderr.write(
        'MONGODB_URI belum diatur. `npm start` tanpa MONGODB_URI sudah mengisi data demo sendiri;\n' +
          'untuk basis data tetap: MONGODB_URI=mongodb://host:27017/aspirasi npx aspirasi seed\n',
      );
      return 2;
    }
    await connectDatabase(config.MONGODB_URI);
    try {
      const s = await seedDemo(config);
      io.stdout.write(
        `Data demo siap: ${s.agencies} instansi, ${s.users} pengguna, ${s.rules} aturan rute.\n` +
          `Admin: ${s.admin.email} / ${s.admin.password}\n` +
          `Petugas & supervisor: <kode>.petugas1|petugas2|spv@demo.aspirasi.id / ${s.demoPassword}\n`,
      );
      return 0;
    } finally {
      await disconnectDatabase();
    }
  },
};
