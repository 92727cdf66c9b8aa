"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { type ListProjectsQuery, toProjectsSearch } from "@/lib/projects/projects-search";

/**
 * The list's state lives in the URL: shareable, and back/forward walks through it. Every change
 * is a navigation; the server renders the new page of rows. `query` is the URL's, as the server
 * read it (the page passes it down): parsing it here again would bring zod into the page.
 */
export function useProjectsQuery(query: ListProjectsQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();

  const navigate = useCallback(
    (patch: Partial<ListProjectsQuery>, options: { replace?: boolean } = {}) => {
      const params = toProjectsSearch({ ...query, ...patch });
      const href = params ? `${pathname}?${params}` : pathname;
      startTransition(() => {
        if (options.replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [pathname, query, router],
  );

  return { query, navigate, isPending };
}
