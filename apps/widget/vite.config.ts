import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

/** The demo issuer site and the chat widget, served by the Clearline server at `/`. */
export default defineConfig({
  base: '/',
  // The React plugin is hoisted to the root, where its `vite` types are a different major than this
  // workspace's Vite 7 (vitest 4 brings Vite 8); the plugin works with both, only the types differ.
  plugins: [react() as unknown as PluginOption],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/socket.io': { target: 'ws://localhost:8080', ws: true },
    },
  },
});
