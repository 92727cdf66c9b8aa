import { Compass } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { BrandMark } from "@/components/shell/brand-mark";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-6 py-16 text-center">
      <BrandMark />
      <div className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-600">
        <Compass aria-hidden className="size-7" />
      </div>
      <div className="grid max-w-md gap-2">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">We couldn&apos;t find that page</h1>
        <p className="text-sm text-muted-foreground">
          It may have moved, or it belongs to another organisation&apos;s workspace. Check the address, or head back to your dashboard.
        </p>
      </div>
      <Button asChild>
        <Link href="/">Back to the dashboard</Link>
      </Button>
    </main>
  );
}
