-- Programs run by a pilot locality's bureau (a city or district under the province, by its GB/T 2260 code) on a
-- budget of its own; null for the province's bureau.
ALTER TABLE program ADD COLUMN locality varchar(6);

CREATE INDEX program_locality ON program (locality) WHERE locality IS NOT NULL;
