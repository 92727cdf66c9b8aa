"use client";

import dynamic from "next/dynamic";
import { MobileNavButton } from "./mobile-nav-button";

// The sheet's code (Radix dialog, focus trap, scroll lock, ~10 KB gzip) is on every page of the app
// but needed only on small screens once it opens: it loads after the page instead of with it.
// Until then its button shows, disabled (a click would do nothing).
export const MobileNav = dynamic(() => import("./mobile-nav-sheet").then((sheet) => sheet.MobileNavSheet), {
  ssr: false,
  loading: () => <MobileNavButton disabled />,
});
