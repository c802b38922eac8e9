import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The API (npm start) listens on 3000 and tells tenants apart by Host. The dev server forwards API, sign-in
// and socket traffic with the browser's own Host (`acme.localhost:5173`), so tenancy, cookies and the
// same-origin CSRF check behave exactly as they do when the API serves the built app.
const apiTarget = process.env.DISPATCH_API_URL ?? 'http://127.0.0.1:3000';
const proxied = { target: apiTarget, changeOrigin: false };

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    host: true,
    proxy: {
      '/api': proxied,
      '/auth': proxied,
      '/platform': proxied,
      '/socket.io': { ...proxied, ws: true },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
