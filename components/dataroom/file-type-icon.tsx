import { FileImage, FileSpreadsheet, FileText, FileType2, Presentation, type LucideIcon } from "lucide-react";
import { cn } from "@/lib/utils/cn";

const ICONS: Record<string, { icon: LucideIcon; tone: string }> = {
  pdf: { icon: FileText, tone: "text-danger bg-danger-soft" },
  docx: { icon: FileType2, tone: "text-info bg-info-soft" },
  txt: { icon: FileText, tone: "text-muted-foreground bg-muted" },
  xlsx: { icon: FileSpreadsheet, tone: "text-success bg-success-soft" },
  csv: { icon: FileSpreadsheet, tone: "text-success bg-success-soft" },
  pptx: { icon: Presentation, tone: "text-warning bg-warning-soft" },
  png: { icon: FileImage, tone: "text-brand-600 bg-brand-50" },
  jpg: { icon: FileImage, tone: "text-brand-600 bg-brand-50" },
};

export function FileTypeIcon({ fileType, className }: { fileType: string; className?: string }) {
  const { icon: Icon, tone } = ICONS[fileType] ?? ICONS.txt!;
  return (
    <span className={cn("flex size-8 shrink-0 items-center justify-center rounded-md", tone, className)}>
      <Icon aria-hidden className="size-4" />
    </span>
  );
}
