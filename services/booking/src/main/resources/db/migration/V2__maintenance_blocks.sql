-- Times a provider takes an instrument out of service; each holds its window in occupancy like a booking does.
CREATE TABLE maintenance_block (
    id            uuid         PRIMARY KEY,
    instrument_id uuid         NOT NULL REFERENCES instrument (id),
    start_at      timestamptz  NOT NULL,
    end_at        timestamptz  NOT NULL,
    reason        varchar(500) NOT NULL,
    created_by    varchar(100) NOT NULL,
    created_at    timestamptz  NOT NULL,
    CHECK (end_at > start_at)
);
CREATE INDEX maintenance_block_instrument ON maintenance_block (instrument_id, start_at);
