import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import react from "@vitejs/plugin-react";

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  framework: { name: "@storybook/react-vite", options: {} },
  stories: ["../src/**/*.stories.tsx"],
  // No addons: nothing that needs the network, nothing that is not used.
  addons: [],
  core: {
    // Offline and CI-safe without environment variables: no telemetry, no crash reports,
    // no "what's new" fetches (the dev script also passes --no-version-updates).
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  // react-docgen (the default) runs locally; the stories need no generated docs, so skip it.
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import("vite");
    return mergeConfig(viteConfig, {
      plugins: [react()],
      // The preview's iframe bundle is Storybook's own runtime (~1.1 MB); no point warning about it.
      build: { chunkSizeWarningLimit: 1500 },
      resolve: {
        // The stories run on the libraries' sources: no build needed, edits show up at once.
        alias: [
          { find: /^@kommunkompassen\/react$/, replacement: fromHere("../../packages/react/src/index.ts") },
          {
            find: /^@kommunkompassen\/react\/internal$/,
            replacement: fromHere("../../packages/react/src/internal.ts"),
          },
          { find: /^@kommunkompassen\/core$/, replacement: fromHere("../../packages/core/src/index.ts") },
          {
            find: /^@kommunkompassen\/core\/messages$/,
            replacement: fromHere("../../packages/core/src/messages/index.ts"),
          },
          {
            find: /^@kommunkompassen\/core\/municipalities$/,
            replacement: fromHere("../../packages/core/src/municipalities/index.ts"),
          },
        ],
        dedupe: ["react", "react-dom"],
      },
    });
  },
};

export default config;
