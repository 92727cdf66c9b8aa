"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { monthLabel } from "./month-label";

/** Picks the month a usage page shows (`?month=2026-11`): previous/next, or any of the list. */
export function MonthPicker({ basePath, month, months }: { basePath: string; month: string; months: string[] }) {
  const router = useRouter();
  const index = months.indexOf(month);
  // `months` runs newest first: "previous" is further down the list.
  const previous = months[index + 1];
  const next = index > 0 ? months[index - 1] : undefined;
  const href = (m: string) => `${basePath}?month=${m}`;
  return (
    <nav aria-label="Month" className="flex items-center gap-2">
      <MonthStep target={previous} href={href} label="Previous month" icon={<ChevronLeft aria-hidden />} />
      <NativeSelect aria-label="Month shown" value={month} onChange={(event) => router.push(href(event.target.value))} className="w-44">
        {months.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </NativeSelect>
      <MonthStep target={next} href={href} label="Next month" icon={<ChevronRight aria-hidden />} />
    </nav>
  );
}

function MonthStep({ target, href, label, icon }: { target: string | undefined; href: (m: string) => string; label: string; icon: ReactNode }) {
  if (!target)
    return (
      <Button variant="outline" size="icon" disabled aria-label={label}>
        {icon}
      </Button>
    );
  return (
    <Button asChild variant="outline" size="icon">
      <Link href={href(target)} aria-label={`${label}: ${monthLabel(target)}`}>
        {icon}
      </Link>
    </Button>
  );
}
