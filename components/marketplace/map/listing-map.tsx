"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { MapCountry, MapPin } from "./map-types";

/** maplibre and the world geometry are ~250 KB: loaded only when a map is shown. */
const ListingMapLoaded = dynamic(() => import("./listing-map-loaded"), {
  ssr: false,
  loading: () => <Skeleton className="h-[480px] w-full rounded-lg" />,
});

export function ListingMap({ pins, countryCounts, label, heightClass }: { pins: MapPin[]; countryCounts: MapCountry[]; label: string; heightClass?: string }) {
  return (
    <figure className="grid gap-2" aria-label={label}>
      <ListingMapLoaded pins={pins} countryCounts={countryCounts} heightClass={heightClass} />
      <figcaption className="text-xs text-muted-foreground">{label}</figcaption>
    </figure>
  );
}
