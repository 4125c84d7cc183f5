-- Keyword search served by indexes for Chinese and for words alike, without scanning every description.
--
-- Latin-script words match by prefix ("micro" finds "microscope") through a full-text index over the words of the
-- search text. Chinese has no spaces, so a keyword like 电镜 must match inside 场发射扫描电镜: every pair of adjacent
-- Han characters is indexed, a keyword's pairs find the candidates, and strpos confirms the exact substring.
-- The Han ranges (CJK unified ideographs, extension A, compatibility ideographs) are the ones SearchText uses.

CREATE FUNCTION catalog_words(doc text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig,
                       regexp_replace(doc, '[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef[:punct:]]+', ' ', 'g'))
$$;

-- every word of the keyword as a prefix, all required; NULL when the keyword has no words
CREATE FUNCTION catalog_word_query(keyword text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT string_agg(quote_literal(lexeme) || ':*', ' & ')::tsquery FROM unnest(catalog_words(keyword))
$$;

-- every pair of adjacent Han characters
CREATE FUNCTION catalog_han_pairs(doc text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT substr(run[1], n, 2)), '{}')
    FROM regexp_matches(doc, '[\u3400-\u9fff\uf900-\ufaff]{2,}', 'g') AS m(run),
         generate_series(1, length(run[1]) - 1) AS n
$$;

DROP INDEX instrument_search_trgm;
DROP EXTENSION pg_trgm;
CREATE INDEX instrument_words ON instrument USING gin (catalog_words(search_text));
CREATE INDEX instrument_han_pairs ON instrument USING gin (catalog_han_pairs(search_text));

-- The provider's region and city, copied onto its instruments so that search filters on one table and the
-- planner never has to guess how a keyword and a region filter combine across a join.
ALTER TABLE instrument ADD COLUMN provider_region varchar(5), ADD COLUMN provider_city varchar(100);
UPDATE instrument i SET provider_region = p.region, provider_city = p.city FROM provider p WHERE p.id = i.provider_id;
ALTER TABLE instrument ALTER COLUMN provider_region SET NOT NULL, ALTER COLUMN provider_city SET NOT NULL;
CREATE INDEX instrument_provider_region ON instrument (provider_region);
CREATE INDEX instrument_provider_city ON instrument (lower(provider_city));
