import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/WASM-heavy server packages are loaded by Node at runtime rather than bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "@electric-sql/pglite", "@electric-sql/pglite-socket", "s3rver"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default nextConfig;
