-- The catalog's change feed (GET /api/v1/catalog-changes): every live instrument and service offer listed, changed,
-- repriced or withdrawn, as the snapshot its event carried, written in the transaction that published the event.
-- A reader sees only rows of transactions older than every transaction still running (xid < the snapshot's xmin),
-- ordered by (xid, seq): a row that commits late can then never land behind a cursor already handed out.
CREATE TABLE catalog_change (
    seq          bigserial   PRIMARY KEY,
    xid          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    subject      text        NOT NULL CHECK (subject IN ('INSTRUMENT', 'SERVICE_OFFER')),
    subject_id   uuid        NOT NULL,
    change       text        NOT NULL CHECK (change IN ('LISTED', 'CHANGED', 'PRICE_CHANGED', 'WITHDRAWN')),
    region       text        NOT NULL,
    category     text        NOT NULL,
    changed_at   timestamptz NOT NULL,
    snapshot     jsonb       NOT NULL
);

CREATE INDEX catalog_change_order ON catalog_change (xid, seq);
CREATE INDEX catalog_change_subject ON catalog_change (subject_id, seq DESC);
