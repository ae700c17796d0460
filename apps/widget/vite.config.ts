import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The demo issuer site and the chat widget, served by the Clearline server at `/`. */
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/socket.io': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
