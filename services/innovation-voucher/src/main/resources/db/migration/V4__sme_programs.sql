-- Programs for registered science-based SMEs (科技型中小企业) only, and the firms DeltaShare admitted with their SME
-- registration (from membership's OrganizationAdmitted events).
ALTER TABLE program ADD COLUMN sme_only boolean NOT NULL DEFAULT false;

CREATE TABLE admitted_firm (
    organization_id uuid        PRIMARY KEY,
    region          varchar(6)  NOT NULL,
    sme_number      varchar(30),
    sme_year        integer,
    admitted_at     timestamptz NOT NULL
);
