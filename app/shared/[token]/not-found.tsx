import { Link2Off } from "lucide-react";
import type { Metadata } from "next";
import { BrandMark } from "@/components/shell/brand-mark";
import { DEAD_LINK_MESSAGE } from "@/lib/dataroom/share/share-rules";

export const metadata: Metadata = { title: "Link not valid", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Expired, forged, altered or withdrawn: one page for all, so the link reveals nothing. */
export default function SharedLinkNotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-6 py-16 text-center">
      <BrandMark />
      <div className="flex size-14 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <Link2Off aria-hidden className="size-7" />
      </div>
      <div className="grid max-w-md gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{DEAD_LINK_MESSAGE}</h1>
        <p className="text-sm text-muted-foreground">Ask the person who shared it with you to send a new link.</p>
      </div>
    </main>
  );
}
