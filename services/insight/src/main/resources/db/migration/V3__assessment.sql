-- Annual assessment (绩效考核) of a region's providers by its bureau, and the subsidies (后补助) allocated by score.

CREATE TABLE assessment_scheme (
    id            uuid PRIMARY KEY,
    region        text          NOT NULL,
    year          integer       NOT NULL,
    name          text          NOT NULL,
    -- [{"indicator","weight","threshold","target"}], as the bureau defined them
    criteria      jsonb         NOT NULL,
    minimum_score numeric(5, 2) NOT NULL,
    created_by    text          NOT NULL,
    created_at    timestamptz   NOT NULL
);
CREATE INDEX assessment_scheme_region ON assessment_scheme (region, created_at DESC, id);

CREATE TABLE assessment (
    id          uuid PRIMARY KEY,
    scheme_id   uuid        NOT NULL REFERENCES assessment_scheme (id),
    region      text        NOT NULL,
    year        integer     NOT NULL,
    providers   integer     NOT NULL,
    computed_by text        NOT NULL,
    computed_at timestamptz NOT NULL
);
CREATE INDEX assessment_scheme_id ON assessment (scheme_id, computed_at DESC);

-- Each provider's score with the inputs it was computed from, ranked (1: the highest score; ties by provider id).
CREATE TABLE assessment_score (
    assessment_id            uuid          NOT NULL REFERENCES assessment (id),
    rank                     integer       NOT NULL,
    provider_id              uuid          NOT NULL,
    provider_organization_id uuid          NOT NULL,
    name_zh                  text          NOT NULL,
    name_en                  text          NOT NULL,
    -- {"ENTERPRISE_HOURS": {"value": "12.50", "points": "0.7500"}, ...}
    inputs                   jsonb         NOT NULL,
    score                    numeric(5, 2) NOT NULL,
    PRIMARY KEY (assessment_id, rank),
    UNIQUE (assessment_id, provider_id)
);

-- A budget shared by score; approved once, then paid through settlement.
CREATE TABLE subsidy_allocation (
    id            uuid PRIMARY KEY,
    assessment_id uuid        NOT NULL REFERENCES assessment (id),
    region        text        NOT NULL,
    year          integer     NOT NULL,
    budget_fen    bigint      NOT NULL CHECK (budget_fen > 0),
    status        text        NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'PAID')),
    proposed_by   text        NOT NULL,
    proposed_at   timestamptz NOT NULL,
    approved_by   text,
    approved_at   timestamptz,
    paid_at       timestamptz,
    version       bigint      NOT NULL
);
-- one approved allocation per assessment: a second approval of another allocation of it is refused
CREATE UNIQUE INDEX subsidy_allocation_approved ON subsidy_allocation (assessment_id) WHERE status <> 'PROPOSED';

CREATE TABLE subsidy_line (
    allocation_id            uuid          NOT NULL REFERENCES subsidy_allocation (id),
    provider_id              uuid          NOT NULL,
    provider_organization_id uuid          NOT NULL,
    score                    numeric(5, 2) NOT NULL,
    amount_fen               bigint        NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (allocation_id, provider_id)
);
