import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClerkRootProvider } from "@/components/auth/clerk-root-provider";
import { usesClerk } from "@/lib/auth/auth-mode";
import "./globals.css";

const DESCRIPTION = "Where renewable-energy and climate projects raise capital from investors: data rooms, Signal Score, budgets and milestones, investor matching.";

export const metadata: Metadata = {
  // Absolute URLs for the social image; unset in development, where Next uses localhost.
  metadataBase: process.env.APP_URL ? new URL(process.env.APP_URL) : undefined,
  applicationName: "SCR Platform",
  title: { default: "SCR Platform", template: "%s · SCR Platform" },
  description: DESCRIPTION,
  // Icons come from app/icon.svg and app/apple-icon.png: Next links them with a content hash, so
  // they are cached for good rather than fetched again on every router refresh.
  manifest: "/site.webmanifest",
  openGraph: {
    type: "website",
    siteName: "SCR Platform",
    title: "SCR Platform",
    description: DESCRIPTION,
    images: [{ url: "/og-image.png", width: 1200, height: 630, alt: "SCR Platform: where renewable-energy and climate projects raise capital from investors." }],
  },
  twitter: { card: "summary_large_image", title: "SCR Platform", description: DESCRIPTION, images: ["/og-image.png"] },
};

export const viewport: Viewport = { themeColor: "#175d50" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page carries a per-request CSP nonce (proxy.ts), which Next stamps on its scripts while
  // rendering: a page prerendered at build time would have none, and its scripts would be blocked.
  await connection();
  // Clerk's provider only in Clerk mode, and its client code only then (ClerkRootProvider): in
  // local mode (and offline) nothing may depend on it, and no route should download it.
  return (
    <html lang="en">
      <body className="min-h-dvh">{usesClerk() ? <ClerkRootProvider>{children}</ClerkRootProvider> : children}</body>
    </html>
  );
}
