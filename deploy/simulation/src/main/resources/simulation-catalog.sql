-- The simulated year's catalog: {providers} providers spread over the four provinces and {instruments} instruments
-- (at full scale 1,040 and 40,000: the size of the Yangtze River Delta's shared-instrument platforms), written
-- straight into the catalog's tables like the demo seed, and announced by the catalog's SeedAnnouncer at its next
-- start, so that every other service learns of them by event. Re-runnable: rows that exist are left as they are.
INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type, accreditations, contact_email,
                      contact_phone, version)
SELECT ('5a000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       ('5b000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       (ARRAY['上海','南京','杭州','合肥'])[1 + g % 4] || (ARRAY['大学','研究院','检测中心','大科学装置'])[1 + (g / 4) % 4]
           || '共享平台' || g,
       (ARRAY['Shanghai','Nanjing','Hangzhou','Hefei'])[1 + g % 4] || ' '
           || (ARRAY['University','Institute','Testing Centre','Facility'])[1 + (g / 4) % 4] || ' sharing platform ' || g,
       (ARRAY['CN-SH','CN-JS','CN-ZJ','CN-AH'])[1 + g % 4],
       (ARRAY['Shanghai','Nanjing','Hangzhou','Hefei'])[1 + g % 4],
       (ARRAY['UNIVERSITY','INSTITUTE','TESTING_BODY','BIG_SCIENCE_FACILITY'])[1 + (g / 4) % 4],
       'CMA', 'platform' || g || '@simulation.example.org', NULL, 0
FROM generate_series(1, {providers}) g
ON CONFLICT (id) DO NOTHING;

WITH kinds(k, zh, en, category, manufacturer, model) AS (VALUES
    (0, '场发射扫描电镜', 'Field-emission scanning electron microscope', 'electron-microscopy', 'ZEISS', 'GeminiSEM'),
    (1, '透射电子显微镜', 'Transmission electron microscope', 'electron-microscopy', 'Thermo Fisher', 'Talos F200X'),
    (2, '核磁共振波谱仪', 'NMR spectrometer', 'nmr', 'Bruker', 'AVANCE NEO'),
    (3, 'X射线衍射仪', 'X-ray diffractometer', 'x-ray-diffraction', 'Rigaku', 'SmartLab'),
    (4, '液相色谱-质谱联用仪', 'LC-MS/MS system', 'mass-spectrometry', 'SCIEX', 'Triple Quad 6500+'),
    (5, '气相色谱仪', 'Gas chromatograph', 'chromatography', 'Agilent', '8890 GC'),
    (6, '同步辐射光束线站', 'Synchrotron beamline end-station', 'synchrotron-beamline', 'SSRF', 'BL14B1'),
    (7, '傅里叶变换红外光谱仪', 'FTIR spectrometer', 'optical-spectroscopy', 'Thermo Fisher', 'Nicolet iS50'),
    (8, '同步热分析仪', 'Simultaneous thermal analyzer', 'thermal-analysis', 'NETZSCH', 'STA 449 F5'),
    (9, 'X射线光电子能谱仪', 'X-ray photoelectron spectrometer', 'surface-analysis', 'Thermo Fisher', 'ESCALAB Xi+'),
    (10, '电感耦合等离子体质谱仪', 'ICP mass spectrometer', 'elemental-analysis', 'Agilent', '7900 ICP-MS'),
    (11, '激光共聚焦显微镜', 'Confocal laser scanning microscope', 'cell-imaging', 'Leica', 'STELLARIS 8'))
INSERT INTO instrument (id, provider_id, provider_region, provider_city, name_zh, name_en, description_zh,
                        description_en, category, manufacturer, model, original_value_fen, location, booking_mode,
                        academic_price_fen, enterprise_price_fen, voucher_eligible, opening_hours,
                        min_duration_minutes, max_duration_minutes, lead_time_hours, approval_required, status,
                        name_text, search_text, version)
SELECT ('5c000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, p.id, p.region, p.city,
       kinds.zh || ' ' || g, kinds.en || ' ' || g,
       '对外开放共享的大型科研仪器，编号 ' || g, 'A large research instrument open to the public, number ' || g,
       kinds.category, kinds.manufacturer, kinds.model || '-' || (g % 97),
       (300000 + (g * 7919) % 9700000) * 100, '共享平台 ' || (g % 40) || ' 号楼',
       CASE WHEN (g / 7) % 3 = 0 THEN 'SAMPLE' ELSE 'SLOT' END,
       (100 + (g * 31) % 900) * 100, (200 + (g * 53) % 1800) * 100, g % 5 <> 0,
       'MONDAY 08:30-17:00,TUESDAY 08:30-17:00,WEDNESDAY 08:30-17:00,THURSDAY 08:30-17:00,FRIDAY 08:30-17:00',
       60, 480, 24, g % 4 = 0, 'ACTIVE',
       '', '', 0   -- search text: derived by the SeedAnnouncer
FROM generate_series(1, {instruments}) g
JOIN kinds ON kinds.k = g % 12
JOIN provider p ON p.id = ('5a000000-0000-4000-8000-' || lpad((1 + g % {providers})::text, 12, '0'))::uuid
ON CONFLICT (id) DO NOTHING;
