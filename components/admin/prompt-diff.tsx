import { cn } from "@/lib/utils/cn";
import type { DiffLine } from "@/lib/prompts/diff-lines";

const STYLE = { same: "", added: "bg-success-soft text-success", removed: "bg-danger-soft text-danger" } as const;
const MARK = { same: " ", added: "+", removed: "−" } as const;

/** A unified line diff, numbered on both sides. */
export function PromptDiff({ lines, label }: { lines: DiffLine[]; label: string }) {
  const changes = lines.filter((l) => l.kind !== "same").length;
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full border-collapse font-mono text-xs" aria-label={label}>
        <caption className="sr-only">
          {label}: {changes} changed lines
        </caption>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index} className={STYLE[line.kind]} data-kind={line.kind}>
              <td className="w-10 select-none px-2 py-0.5 text-right text-muted-foreground">{line.oldNumber ?? ""}</td>
              <td className="w-10 select-none px-2 py-0.5 text-right text-muted-foreground">{line.newNumber ?? ""}</td>
              <td className="w-5 select-none py-0.5 text-center" aria-label={line.kind === "same" ? undefined : line.kind}>
                {MARK[line.kind]}
              </td>
              <td className={cn("whitespace-pre-wrap break-words py-0.5 pr-3")}>{line.text || " "}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
