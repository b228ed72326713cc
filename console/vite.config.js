import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Built into the jar's static/ folder: the gateway serves the console at / (the console module is a dependency
// of the gateway). `npm run dev` proxies /api and /auth to a gateway on :8080 (./suite up).
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/auth': 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['src/**/*.test.js'],
  },
})
