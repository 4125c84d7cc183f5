-- A page of search results shows each listing's rating summary, and the service keeps the views it made of a listing
-- for as long as its index holds the same version of it (KeptViews). A rating written is a change to what that view
-- shows, so ratings carry the transaction that last wrote them too, and an index catching up reads again the listings
-- whose ratings were written (CatalogIndex.Table#namedBy), exactly as it reads the listings written themselves.
ALTER TABLE rating ADD COLUMN search_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX rating_search_xid ON rating (search_xid);

CREATE TRIGGER rating_search_written BEFORE INSERT OR UPDATE ON rating
    FOR EACH ROW EXECUTE FUNCTION catalog_search_written();

-- a deleted rating leaves no row to catch up from; the service never deletes one, and this keeps the views exact if an
-- operator does
CREATE TRIGGER rating_search_deleted AFTER DELETE OR TRUNCATE ON rating
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_search_emptied();
