package io.deltashare.instrumentcatalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Providers and instruments written straight in the tables, as another replica or an operator would. */
final class RowsBehindTheService {

    private RowsBehindTheService() {}

    /** A new provider in Shanghai; returns its id. */
    static UUID provider(Connection db) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO provider (id, organization_id, name_zh, name_en, region, city, type, accreditations,
                                      contact_email, contact_phone, version)
                VALUES (?, ?, '索引测试中心', 'Index test centre', 'CN-SH', 'Shanghai', 'INSTITUTE', 'CMA',
                        'index-test@example.org', NULL, 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, UUID.randomUUID());
            insert.executeUpdate();
        }
        return id;
    }

    /** A new live instrument of {@code provider} with nothing to find in its texts; returns its id. */
    static UUID instrument(Connection db, UUID provider) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO instrument (id, provider_id, provider_region, provider_city, name_zh, name_en,
                                        description_zh, description_en, category, manufacturer, model,
                                        original_value_fen, location, booking_mode, academic_price_fen,
                                        enterprise_price_fen, voucher_eligible, opening_hours, min_duration_minutes,
                                        max_duration_minutes, lead_time_hours, approval_required, status, name_text,
                                        search_text, version)
                VALUES (?, ?, 'CN-SH', 'Shanghai', '', '', '', '', 'nmr', 'Index', 'T', 100, 'Lab', 'SLOT', 100, 100,
                        true, 'MONDAY 08:30-17:00', 60, 120, 0, false, 'ACTIVE', '', '', 0)""")) {
            insert.setObject(1, id);
            insert.setObject(2, provider);
            insert.executeUpdate();
        }
        return id;
    }

    /** Sets {@code assignments} (SQL, with {@code ?} for {@code values}) on instrument {@code id}. */
    static void update(Connection db, UUID id, String assignments, Object... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE instrument SET " + assignments + " WHERE id = ?")) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.setObject(values.length + 1, id);
            update.executeUpdate();
        }
    }

    /** Deletes the instruments of {@code provider}, then the provider. */
    static void delete(Connection db, UUID provider) throws SQLException {
        for (String sql :
                List.of("DELETE FROM instrument WHERE provider_id = ?", "DELETE FROM provider WHERE id = ?")) {
            try (PreparedStatement delete = db.prepareStatement(sql)) {
                delete.setObject(1, provider);
                delete.executeUpdate();
            }
        }
    }
}
