CREATE TABLE tally (
    id         uuid         PRIMARY KEY,
    label      varchar(50)  NOT NULL,
    amount_fen bigint       NOT NULL,
    kind       varchar(20)  NOT NULL
);

-- What the consumer side builds from TallyRegistered events: applied_count must stay 1 per tally.
CREATE TABLE tally_projection (
    tally_id      uuid        PRIMARY KEY,
    label         varchar(50) NOT NULL,
    applied_count integer     NOT NULL
);
