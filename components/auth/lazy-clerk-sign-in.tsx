"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * Clerk's sign-in card, fetched only where it renders (Clerk mode), so the local sign-in page
 * carries none of Clerk's code. It draws nothing before clerk-js arrives from Clerk's CDN either,
 * so it is not rendered on the server; the skeleton holds the card's size meanwhile.
 */
export const LazyClerkSignIn = dynamic(() => import("@clerk/nextjs").then((clerk) => clerk.SignIn), {
  ssr: false,
  loading: () => <Skeleton className="h-[30rem] w-full max-w-[25rem] rounded-xl" />,
});
