import { Cpu, Sparkles } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Says how a score was computed: by the offline rules or by a named model. */
export function ModelLabel({ modelVersion }: { modelVersion: string | null }) {
  if (!modelVersion) return null;
  if (modelVersion.startsWith("offline-")) {
    return (
      <Badge variant="muted" title="Scored by explainable rules over the project and its data room, without a language model.">
        <Cpu aria-hidden /> Computed offline ({modelVersion})
      </Badge>
    );
  }
  return (
    <Badge variant="info">
      <Sparkles aria-hidden /> {modelVersion}
    </Badge>
  );
}
