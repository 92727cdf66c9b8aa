"use client";

import { RotateCcw, TriangleExclamationPoint } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

type ErrorPageProps = { error: Error & { digest?: string }; reset: () => void; retry?: () => void };

/** Never shows the error's own text: it may carry internals. The digest matches the server log. */
export default function ErrorPage({ error, reset, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="flex min-h-[60dvh] flex-col items-center justify-center gap-6 px-6 py-16 text-center">
      <div className="flex size-14 items-center justify-center rounded-full bg-danger-soft text-danger">
        <TriangleExclamationPoint aria-hidden className="size-7" />
      </div>
      <div className="grid max-w-md gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="text-sm text-muted-foreground">We couldn&apos;t load this page. It has been logged; please try again in a moment.</p>
        {error.digest ? <p className="font-mono text-xs text-muted-foreground">Reference: {error.digest}</p> : null}
      </div>
      <div className="flex flex-wrap items-center justify-center gap-2">
        <Button onClick={() => (retry ?? reset)()}>
          <RotateCcw aria-hidden />
          Try again
        </Button>
        <Button variant="outline" asChild>
          <Link href="/dashboard">Go to the dashboard</Link>
        </Button>
      </div>
    </main>
  );
}
