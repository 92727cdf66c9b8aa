import { PageLinks } from "@/components/ui/page-links";

export function MembersPagination({ page, pageCount }: { page: number; pageCount: number }) {
  return (
    <PageLinks
      page={page}
      pageCount={pageCount}
      hrefFor={(target) => (target > 1 ? `/team?page=${target}` : "/team")}
      label="Member pages"
      className="flex items-center justify-end gap-3 border-t border-border px-4 py-3 text-sm text-muted-foreground"
    />
  );
}
