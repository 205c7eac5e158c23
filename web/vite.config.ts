import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// The browser app: one page for the end user's chat (/) and one for the HITL tab (/hitl), built into web/dist
// and served by web/server. Preact's JSX runtime through esbuild: no framework plugin needed.
const webDir = __dirname

export default defineConfig({
  root: resolve(webDir, 'client'),
  publicDir: false,
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: resolve(webDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
})
