-- Deal room engagement: page views keep the ally's and the viewer's org ids without foreign keys.
-- The room's and the viewer user's keys already tie each row to both orgs (and cascade with them);
-- every key checked on insert is a locked read of the parent row, on the beacon's budget of a few ms.
-- DropForeignKey
ALTER TABLE "deal_room_page_views" DROP CONSTRAINT "deal_room_page_views_org_id_fkey";

-- DropForeignKey
ALTER TABLE "deal_room_page_views" DROP CONSTRAINT "deal_room_page_views_viewer_org_id_fkey";
