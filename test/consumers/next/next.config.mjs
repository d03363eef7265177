// No linting during the build (ESLint is not part of this consumer), no header advertising Next.js.
/** @type {import("next").NextConfig} */
const config = { eslint: { ignoreDuringBuilds: true }, poweredByHeader: false };
export default config;
