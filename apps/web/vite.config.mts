import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev:web`: hot reload on :5173, the API (npm start) on :3000 behind the proxy.
const api = process.env.RENKEI_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/health': api,
      '/attachments': api,
      '/exports': api,
      '/tip-reports': api,
      '/departure-imports': api,
      '/forwarding-imports': api,
    },
  },
});
