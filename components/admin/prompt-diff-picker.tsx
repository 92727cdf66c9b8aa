import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";

/** A plain GET form: the diff is rendered on the server from ?from=&to=, and works without JavaScript. */
export function PromptDiffPicker({ versions, from, to }: { versions: number[]; from: number; to: number }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <label className="grid gap-1 text-sm">
        <span className="text-muted-foreground">From version</span>
        <NativeSelect name="from" defaultValue={String(from)} className="w-32">
          {versions.map((v) => (
            <option key={v} value={v}>
              v{v}
            </option>
          ))}
        </NativeSelect>
      </label>
      <label className="grid gap-1 text-sm">
        <span className="text-muted-foreground">To version</span>
        <NativeSelect name="to" defaultValue={String(to)} className="w-32">
          {versions.map((v) => (
            <option key={v} value={v}>
              v{v}
            </option>
          ))}
        </NativeSelect>
      </label>
      <Button type="submit" variant="outline">
        Compare
      </Button>
    </form>
  );
}
