package io.deltashare.booking.quotation;

import static io.deltashare.booking.BookingFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deliverables of an order through the API: the provider streams a report in, checksummed and checked to be what its
 * type says; only the firm and the provider get it back, byte for byte; every bad upload is refused and keeps nothing.
 */
@QuarkusTest
class DeliverableApiTest {

    private static final String SH_STAFF = "provider.sh-analysis-centre";
    private static final String FIRM = "firm.js-biomed";

    @Test
    void aReportUploadedForAMilestoneComesBackByteForByteToTheFirmAndTheProviderOnly() throws Exception {
        String order = QuotationApiTest.anOrder("environmental-testing");
        byte[] report = pdf(2_500_000); // three chunks of the store
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report));

        String location = upload(order, "milestone=1&name=" + "流量测试报告 flow report.pdf", "application/pdf", report)
                .header("X-Checksum-SHA256", sha256)
                .post()
                .then()
                .statusCode(201)
                .body("sizeBytes", equalTo(report.length))
                .body("sha256", equalTo(sha256))
                .body("milestone", equalTo(1))
                .body("fileName", equalTo("流量测试报告 flow report.pdf"))
                .extract()
                .header("Location");

        as(FIRM).get("/api/v1/orders/" + order + "/deliverables")
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
        for (String party : new String[] {FIRM, SH_STAFF}) {
            var download = as(party).get(location).then().statusCode(200).extract();
            assertThat(download.asByteArray()).isEqualTo(report);
            assertThat(download.header("Content-Type")).startsWith("application/pdf");
            assertThat(download.header("Digest")).startsWith("sha-256=");
            assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''");
        }
        as("provider.ah-hefei-institute").get(location).then().statusCode(404);
        as("provider.ah-hefei-institute")
                .get("/api/v1/orders/" + order + "/deliverables")
                .then()
                .statusCode(404);
        as("admin.platform").get(location).then().statusCode(404);
        as(FIRM).get("/api/v1/orders/" + order + "/deliverables/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void everyBadUploadIsRefusedAndKeepsNothing() {
        String order = QuotationApiTest.anOrder("product-testing");
        byte[] small = pdf(1_000);
        given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(FIRM, "demo"))
                .contentType("application/pdf")
                .body(small)
                .post("/api/v1/orders/" + order + "/deliverables?name=a.pdf")
                .then()
                .statusCode(403);
        refused(upload(order, "name=a.exe", "application/x-msdownload", small), 415, "unsupported-media-type");
        refused(upload(order, "name=a.png", "image/png", small), 422, "deliverable-refused");
        refused(upload(order, "name=a.pdf", "application/pdf", small).header("X-Checksum-SHA256", "00"), 422, null);
        refused(upload(order, "name=a.pdf", "application/pdf", pdf(3_500_000)), 413, "payload-too-large");
        refused(upload(order, "name=a.pdf", "application/pdf", new byte[0]), 422, null);
        refused(upload(order, "milestone=9&name=a.pdf", "application/pdf", small), 400, null);
        refused(upload(order, "name=../../etc/", "application/pdf", small), 400, null);
        refused(
                upload(
                        order,
                        "name=run.bin",
                        "application/octet-stream",
                        "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                422,
                null);
        as(FIRM).get("/api/v1/orders/" + order + "/deliverables")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));

        // a milestone once accepted takes no more files
        as(SH_STAFF)
                .body(Map.of("note", "report sent"))
                .post("/api/v1/orders/" + order + "/milestones/1/delivery")
                .then()
                .statusCode(200);
        as(FIRM).post("/api/v1/orders/" + order + "/milestones/1/acceptance")
                .then()
                .statusCode(200);
        refused(upload(order, "milestone=1&name=late.pdf", "application/pdf", small), 409, null);
    }

    @Test
    void aJsonBodyStaysWithinTheApisLimitThoughFilesMayBeLarger() {
        String huge = "{\"title\":\"" + "x".repeat(300_000) + "\"}";
        int status = as(FIRM).body(huge)
                .post("/api/v1/quote-requests")
                .then()
                .extract()
                .statusCode();
        assertThat(status).isBetween(400, 499);
    }

    /** An upload by the provider's staff; {@code query} such as {@code milestone=1&name=report.pdf}. */
    private static RequestSpecification upload(String order, String query, String type, byte[] body) {
        RequestSpecification upload = given().auth()
                .oauth2(Keycloak.shared().tokens().forUser(SH_STAFF, "demo"))
                .contentType(type)
                .body(body)
                .basePath("/api/v1/orders/" + order + "/deliverables");
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            upload = upload.queryParam(parts[0], parts[1]);
        }
        return upload;
    }

    private static void refused(RequestSpecification upload, int status, String type) {
        var answer = upload.post().then().statusCode(status).contentType("application/problem+json");
        if (type != null) {
            answer.body("type", org.hamcrest.Matchers.endsWith(type));
        }
    }

    /** A PDF of {@code size} bytes: its header, then filler. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        for (int i = header.length; i < size; i += 997) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }
}
