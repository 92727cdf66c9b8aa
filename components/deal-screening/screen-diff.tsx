import { Minus, Plus } from "lucide-react";
import { type ClaimChanges, isUnchanged, type ScreenDiff as Diff } from "@/lib/deal-screening/diff-screen-versions";
import { formatScreenScore } from "./format-screen-score";

const LISTS = [
  ["strengths", "Strengths"],
  ["risks", "Risks"],
  ["nextSteps", "Next steps"],
] as const;

/** What changed since the previous completed version: verdict, score, and claims added or removed. */
export function ScreenDiff({ diff }: { diff: Diff }) {
  if (isUnchanged(diff)) return <p className="text-sm text-muted-foreground">Nothing changed since version {diff.fromVersion}.</p>;
  return (
    <div className="grid gap-3 text-sm" data-testid="screen-diff">
      {diff.recommendation ? (
        <p>
          Recommendation: <span className="line-through">{diff.recommendation.from ?? "none"}</span> →{" "}
          <span className="font-semibold">{diff.recommendation.to ?? "none"}</span>
        </p>
      ) : null}
      {diff.score ? (
        <p>
          Score: <span className="line-through">{formatScreenScore(diff.score.from)}</span> → <span className="font-semibold">{formatScreenScore(diff.score.to)}</span>
        </p>
      ) : null}
      {LISTS.map(([key, label]) => (
        <Changes key={key} label={label} changes={diff[key]} />
      ))}
    </div>
  );
}

function Changes({ label, changes }: { label: string; changes: ClaimChanges }) {
  if (changes.added.length === 0 && changes.removed.length === 0) return null;
  return (
    <div>
      <p className="font-medium">{label}</p>
      <ul className="mt-1 grid gap-1">
        {changes.added.map((text, index) => (
          <li key={`a${index}`} className="flex gap-2 text-success">
            <Plus aria-label="Added" className="mt-0.5 size-4 shrink-0" /> {text}
          </li>
        ))}
        {changes.removed.map((text, index) => (
          <li key={`r${index}`} className="flex gap-2 text-danger">
            <Minus aria-label="Removed" className="mt-0.5 size-4 shrink-0" /> <span className="line-through">{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
