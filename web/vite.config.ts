import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The dashboard (web/src) → web/dist, served by the API's process at `/` (src/http/dashboard.ts). */
// biome-ignore lint/style/noDefaultExport: Vite reads its configuration from the default export.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), tailwindcss()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Source maps stay beside the build for debugging; the page does not load them.
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite web` during development: the API runs on its own port (npm start).
    proxy: { "/api": "http://localhost:3000" },
  },
});
