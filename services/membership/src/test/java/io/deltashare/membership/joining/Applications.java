package io.deltashare.membership.joining;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Application bodies, each valid as it comes; tests break one field at a time. */
final class Applications {

    private Applications() {}

    /** A Zhejiang firm, a registered science-based SME, with a credit code of its own (the check character computed). */
    static Map<String, Object> aZhejiangFirm() {
        String unique =
                UUID.randomUUID().toString().replace("-", "").toUpperCase().replaceAll("[IOSVZ]", "1");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FIRM");
        body.put(
                "name",
                Map.of(
                        "zh",
                        "杭州测试材料" + unique.substring(0, 6),
                        "en",
                        "Hangzhou Test Materials " + unique.substring(0, 6)));
        body.put("region", "CN-ZJ");
        body.put("city", "Hangzhou");
        body.put(
                "firm",
                Map.of(
                        "creditCode",
                        io.deltashare.membership.joining.domain.CreditCode.withCheckCharacter(
                                "91330110" + unique.substring(0, 9)),
                        "sme",
                        Map.of("number", "2024330106" + unique.substring(0, 7), "year", 2024)));
        return body;
    }

    static Map<String, Object> aShanghaiUniversityCentre() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PROVIDER");
        body.put("name", Map.of("zh", "测试大学分析中心" + unique, "en", "Test University Analysis Centre " + unique));
        body.put("region", "CN-SH");
        body.put("city", "Shanghai");
        body.put(
                "provider",
                Map.of(
                        "type",
                        "UNIVERSITY",
                        "accreditations",
                        List.of(Map.of(
                                "scheme", "CMA", "certificateNumber", "210012345678", "expiresOn", "2029-06-30"))));
        return body;
    }

    static Map<String, Object> asStaffOf(String organizationId) {
        return Map.of("kind", "STAFF", "staff", Map.of("organizationId", organizationId));
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
