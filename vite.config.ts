import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { chunkModules } from './scripts/vite/chunk-modules.ts'

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), chunkModules()],
  build: {
    // The prerenderer reads the manifest to preload each page's code; the SSR build needs neither.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
}))
