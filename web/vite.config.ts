import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Built into web/dist, which express serves at "/" (SPA fallback for non-/api paths).
// In dev (`npx vite --config web/vite.config.ts`) API and socket.io calls are proxied to the running server.
const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.ASPIRASI_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400 },
  server: {
    proxy: {
      '/api': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
