-- Search answers from an index in the service's memory (CatalogIndex); these columns and triggers let every replica
-- keep its index exact without scanning the tables.
--
-- search_xid is the transaction that last wrote a row, set by a trigger so that no write can forget it (the
-- application, a migration, a bulk insert). An index that read the table when every transaction below xid X had
-- finished (X = its snapshot's xmin) only needs the rows with search_xid >= X to catch up: a transaction still running
-- then has an xid of at least X, and one that starts later a higher one.
ALTER TABLE instrument ADD COLUMN search_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE service_offer ADD COLUMN search_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX instrument_search_xid ON instrument (search_xid);
CREATE INDEX service_offer_search_xid ON service_offer (search_xid);

CREATE FUNCTION catalog_search_written() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

CREATE TRIGGER instrument_search_written BEFORE INSERT OR UPDATE ON instrument
    FOR EACH ROW EXECUTE FUNCTION catalog_search_written();
CREATE TRIGGER service_offer_search_written BEFORE INSERT OR UPDATE ON service_offer
    FOR EACH ROW EXECUTE FUNCTION catalog_search_written();

-- A deleted row leaves nothing to catch up from, so a DELETE or TRUNCATE moves the epoch on and every index reloads.
-- The service never deletes listings; this keeps an index exact if an operator does.
CREATE TABLE catalog_search_epoch (
    epoch bigint NOT NULL
);
INSERT INTO catalog_search_epoch (epoch) VALUES (0);

CREATE FUNCTION catalog_search_emptied() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_search_epoch SET epoch = epoch + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER instrument_search_deleted AFTER DELETE OR TRUNCATE ON instrument
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_search_emptied();
CREATE TRIGGER service_offer_search_deleted AFTER DELETE OR TRUNCATE ON service_offer
    FOR EACH STATEMENT EXECUTE FUNCTION catalog_search_emptied();
