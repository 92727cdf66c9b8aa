import { ClerkProvider } from "@clerk/nextjs";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { usesClerk } from "@/lib/auth/auth-mode";
import "./globals.css";

// Inline, so the tab icon needs no extra file or request.
const ICON_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='7' fill='%23175d50'/><path d='M16 25v-9m0 0c0-4 3-7 7-7 0 4-3 7-7 7Zm0 2c-3.5 0-6-2.5-6-6 3.5 0 6 2.5 6 6Z' fill='none' stroke='white' stroke-width='2.2' stroke-linecap='round' stroke-linejoin='round'/></svg>";

export const metadata: Metadata = {
  title: { default: "SCR Platform", template: "%s · SCR Platform" },
  description: "Where renewable-energy and climate project developers raise capital from investors.",
  icons: { icon: `data:image/svg+xml,${ICON_SVG}` },
};

export const viewport: Viewport = { themeColor: "#175d50" };

export default function RootLayout({ children }: { children: ReactNode }) {
  const body = (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
  // ClerkProvider loads clerk-js from Clerk's CDN, so it is only mounted when Clerk is in use:
  // in local mode (and offline) nothing may depend on it.
  return usesClerk() ? <ClerkProvider>{body}</ClerkProvider> : body;
}
