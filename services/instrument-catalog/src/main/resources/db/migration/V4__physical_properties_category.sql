-- Magnetometry, low-temperature transport and high-field stations had no fitting category.
INSERT INTO instrument_category (code, name_zh, name_en)
VALUES ('physical-properties', '物性测量', 'Physical properties (magnetic, transport)');
