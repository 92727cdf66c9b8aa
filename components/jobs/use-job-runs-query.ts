"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { toJobRunsSearch } from "@/lib/jobs/operations/job-runs-search";
import type { JobRunsQuery } from "@/lib/jobs/operations/schemas";

/** The list's state lives in the URL (shareable, back works); every change is a navigation. */
export function useJobRunsQuery(query: JobRunsQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const navigate = useCallback(
    (patch: Partial<JobRunsQuery>) => {
      const search = toJobRunsSearch({ ...query, ...patch });
      startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    },
    [pathname, query, router],
  );
  return { navigate, isPending };
}
