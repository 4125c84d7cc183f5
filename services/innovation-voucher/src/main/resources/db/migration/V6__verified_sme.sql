-- SME registrations (科技型中小企业) a province's bureau verified for a firm of its region, besides the one a firm
-- joined DeltaShare with (admitted_firm): firms created before membership existed, and yearly renewals. A bureau's
-- verification counts only for a firm of its own region.
CREATE TABLE verified_sme (
    id                  uuid         PRIMARY KEY,
    organization_id     uuid         NOT NULL,
    region              varchar(6)   NOT NULL,
    registration_number varchar(30)  NOT NULL,
    registration_year   integer      NOT NULL,
    verified_by         varchar(255) NOT NULL,
    verified_at         timestamptz  NOT NULL,
    UNIQUE (organization_id, region)
);

CREATE INDEX verified_sme_by_region ON verified_sme (region, verified_at DESC, id DESC);
