import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      // The API and its SSE stream; the server also serves the built app in production.
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // maplibre-gl alone is ~1 MB minified and only loads with the map page.
    chunkSizeWarningLimit: 1200,
  },
});
