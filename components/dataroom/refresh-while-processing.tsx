"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While uploads are being processed, re-reads the page every few seconds until they settle. */
export function RefreshWhileProcessing({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 2500);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
