import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the local stack's portal on port 8080 (./nearpeer up), which also proxies the services
// under /services/<name>/ so the app and the APIs share one origin.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', chunkSizeWarningLimit: 4000 },
});
