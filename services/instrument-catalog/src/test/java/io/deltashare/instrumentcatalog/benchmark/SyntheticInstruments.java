package io.deltashare.instrumentcatalog.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Creates N synthetic but realistic-looking instruments (default 40,000, the size of the regional platform) in one
 * set-based insert, for benchmarks and load tests. They belong to twelve synthetic providers spread over the four
 * provinces, cycle through the taxonomy with bilingual names, and carry varied prices and cities. No events are
 * published: these rows exist to be searched, not booked.
 */
@ApplicationScoped
public class SyntheticInstruments {

    public static final int DEFAULT_COUNT = 40_000;

    private static final String PROVIDERS = """
            INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type, accreditations,
                                  contact_email, contact_phone, version)
            SELECT ('5e000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
                   ('5f000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
                   '合成测试中心' || g, 'Synthetic Testing Centre ' || g,
                   (ARRAY['CN-SH','CN-JS','CN-ZJ','CN-AH'])[1 + g % 4],
                   (ARRAY['Shanghai','Nanjing','Hangzhou','Hefei','Shanghai','Suzhou','Ningbo','Hefei',
                          'Shanghai','Wuxi','Hangzhou','Wuhu'])[g],
                   'INSTITUTE', 'CMA', 'synthetic' || g || '@example.org', NULL, 0
            FROM generate_series(1, 12) g
            ON CONFLICT (id) DO NOTHING""";

    private static final String INSTRUMENTS = """
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
            INSERT INTO instrument (id, provider_id, provider_region, provider_city, name_zh, name_en, description_zh, description_en, category,
                                    manufacturer, model, original_value_fen, location, booking_mode,
                                    academic_price_fen, enterprise_price_fen, voucher_eligible, opening_hours,
                                    min_duration_minutes, max_duration_minutes, lead_time_hours, approval_required,
                                    status, name_text, search_text, version)
            SELECT gen_random_uuid(), p.id, p.region, p.city,
                   kinds.zh || ' ' || g, kinds.en || ' ' || g,
                   '合成仪器，用于基准测试。编号 ' || g, 'Synthetic instrument for benchmarks, number ' || g,
                   kinds.category, kinds.manufacturer, kinds.model || '-' || (g % 97),
                   (500000 + (g::bigint * 7919) % 9500000) * 100, 'Synthetic building ' || (g % 40),
                   CASE WHEN (g / 7) % 3 = 0 THEN 'SAMPLE' ELSE 'SLOT' END,
                   (100 + (g * 31) % 900) * 100, (200 + (g * 53) % 1800) * 100, g % 5 <> 0,
                   'MONDAY 08:30-17:00,TUESDAY 08:30-17:00,WEDNESDAY 08:30-17:00,THURSDAY 08:30-17:00,FRIDAY 08:30-17:00',
                   60, 480, 24, g % 4 = 0,
                   CASE WHEN g % 50 = 0 THEN 'MAINTENANCE' ELSE 'ACTIVE' END,
                   lower(kinds.zh || ' ' || g || ' ' || kinds.en || ' ' || g),
                   lower(concat_ws(' ', kinds.zh || ' ' || g, kinds.en || ' ' || g, '合成仪器，用于基准测试。编号 ' || g,
                                   'Synthetic instrument for benchmarks, number ' || g, kinds.manufacturer,
                                   kinds.model || '-' || (g % 97), c.name_zh, c.name_en)),
                   0
            FROM generate_series(1, ?1) g
            JOIN kinds ON kinds.k = g % 12
            JOIN instrument_category c ON c.code = kinds.category
            JOIN provider p ON p.id = ('5e000000-0000-4000-8000-' || lpad((1 + (g / 12) % 12)::text, 12, '0'))::uuid""";

    private final EntityManager entityManager;

    SyntheticInstruments(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts {@code count} instruments (and the synthetic providers if missing); returns how many were inserted. */
    @Transactional
    public int generate(int count) {
        entityManager.createNativeQuery(PROVIDERS).executeUpdate();
        int inserted = entityManager
                .createNativeQuery(INSTRUMENTS)
                .setParameter(1, count)
                .executeUpdate();
        entityManager.createNativeQuery("ANALYZE instrument").executeUpdate();
        return inserted;
    }
}
