// Build: the library (ESM + CJS + types) and the CLI, bundled so that enum
// members inline across modules and config switches fold away.
import { defineConfig } from 'tsup'

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'neutral',
    sourcemap: true,
    clean: true,
    treeshake: true,
    minifySyntax: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    minifySyntax: true,
  },
])
