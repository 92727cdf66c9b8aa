-- Deal room engagement (issue 15): seconds per page per member user per day, summed by the viewer's
-- batched beacons (one upsert per batch on the unique key), read by the ally's engagement view.
-- CreateTable
CREATE TABLE "deal_room_page_views" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "deal_room_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "viewer_user_id" UUID NOT NULL,
    "viewer_org_id" UUID NOT NULL,
    "page_number" INTEGER NOT NULL,
    "seconds" INTEGER NOT NULL DEFAULT 0,
    "view_date" DATE NOT NULL,
    "first_viewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_viewed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deal_room_page_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deal_room_page_views_org_id_deal_room_id_idx" ON "deal_room_page_views"("org_id", "deal_room_id");

-- CreateIndex
CREATE INDEX "deal_room_page_views_document_id_idx" ON "deal_room_page_views"("document_id");

-- CreateIndex
CREATE INDEX "deal_room_page_views_viewer_user_id_idx" ON "deal_room_page_views"("viewer_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "deal_room_page_views_deal_room_id_document_id_viewer_user_i_key" ON "deal_room_page_views"("deal_room_id", "document_id", "viewer_user_id", "page_number", "view_date");

-- AddForeignKey
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "deal_room_page_views_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "deal_room_page_views_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "deal_room_page_views_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "deal_room_page_views_viewer_user_id_fkey" FOREIGN KEY ("viewer_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "deal_room_page_views_viewer_org_id_fkey" FOREIGN KEY ("viewer_org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "ck_deal_room_page_views_page_number" CHECK ("page_number" >= 1);
ALTER TABLE "deal_room_page_views" ADD CONSTRAINT "ck_deal_room_page_views_seconds" CHECK ("seconds" >= 0);
