import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Several builds of one checkout (parallel e2e runs) each need their own output directory.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native/WASM-heavy server packages are loaded by Node at runtime rather than bundled.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@prisma/client",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "s3rver",
    "pdfjs-dist",
    "@napi-rs/canvas",
    // The limiter's index requires every store it supports, some through computed dynamic imports.
    "rate-limiter-flexible",
    "ioredis",
    // Mail is rendered with react-dom/server, which the React Server Components layer refuses to bundle.
    "@react-email/components",
    "@react-email/render",
    "nodemailer",
  ],
  // The API reference serves Swagger UI's files from node_modules at runtime (app/api/v1/docs/[asset]).
  outputFileTracingIncludes: { "/api/v1/docs/[asset]": ["./node_modules/swagger-ui-dist/swagger-ui-bundle.js", "./node_modules/swagger-ui-dist/swagger-ui.css"] },
  typedRoutes: false,
  poweredByHeader: false,
  // Logos (2 MB) and cover images (5 MB) go through server actions, whose default cap is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Types are checked once for the whole repository (tests and scripts included) by `npm run
  // typecheck`, which `npm test` runs before building; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
