"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 2_000;

/** While a run is PENDING/PROCESSING, re-renders the page from the server every 2 s; stops when it is unmounted. */
export function ScoreStatusPoller() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
