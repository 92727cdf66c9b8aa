import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";

/** A plain GET form: the query lives in the URL, so a search can be shared and survives reloads. */
export function SearchBox({ projectId, folderId, query }: { projectId: string; folderId: string | null; query: string }) {
  return (
    <form action={`/dataroom/${projectId}`} role="search" className="relative w-full sm:max-w-sm">
      {folderId ? <input type="hidden" name="folder" value={folderId} /> : null}
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input type="search" name="q" defaultValue={query} placeholder="Search inside documents…" aria-label="Search inside documents" className="pl-9" maxLength={200} />
    </form>
  );
}
