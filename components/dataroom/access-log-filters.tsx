import { Download } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ACCESS_ACTIONS, type AccessLogQuery } from "@/lib/dataroom/access-log-query";

type AccessLogFiltersProps = { basePath: string; csvHref: string; query: AccessLogQuery; users: { id: string; fullName: string }[] };

const label = (action: string) => action.charAt(0) + action.slice(1).toLowerCase();

/** A GET form: filters live in the URL, and the CSV export takes the same ones. */
export function AccessLogFilters({ basePath, csvHref, query, users }: AccessLogFiltersProps) {
  return (
    <form action={basePath} className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-3">
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">Action</span>
        <NativeSelect name="action" defaultValue={query.action ?? ""} className="sm:w-36">
          <option value="">All actions</option>
          {ACCESS_ACTIONS.map((a) => <option key={a} value={a}>{label(a)}</option>)}
        </NativeSelect>
      </label>
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">Person</span>
        <NativeSelect name="userId" defaultValue={query.userId ?? ""} className="sm:w-44">
          <option value="">Everyone</option>
          {users.map((u) => <option key={u.id} value={u.id}>{u.fullName}</option>)}
        </NativeSelect>
      </label>
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">From</span>
        <Input type="date" name="from" defaultValue={query.from ?? ""} className="sm:w-40" />
      </label>
      <label className="grid w-full gap-1 text-sm sm:w-auto">
        <span className="text-muted-foreground">To</span>
        <Input type="date" name="to" defaultValue={query.to ?? ""} className="sm:w-40" />
      </label>
      {query.documentId ? <input type="hidden" name="documentId" value={query.documentId} /> : null}
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">Apply</Button>
        <Button asChild variant="ghost"><Link href={basePath}>Reset</Link></Button>
      </div>
      <Button asChild variant="outline" className="sm:ml-auto"><a href={csvHref} download><Download aria-hidden /> Export CSV</a></Button>
    </form>
  );
}
