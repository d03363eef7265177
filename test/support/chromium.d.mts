/** The system Chromium (installed by .ci/run from Debian's packages); `CHROMIUM_PATH` overrides it. */
export declare const CHROMIUM: string;
/** Headless, no sandbox (CI runs as root), and nothing that reaches for the network on its own. */
export declare const CHROMIUM_ARGS: readonly string[];
/** The options of playwright-core's `chromium.launch` for the system Chromium with those flags. */
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };
