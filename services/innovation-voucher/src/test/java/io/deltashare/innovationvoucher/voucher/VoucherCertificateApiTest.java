package io.deltashare.innovationvoucher.voucher;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.JIANGSU_FIRM;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.issuedVoucher;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.contracts.membership.OrganizationSnapshot;
import io.deltashare.testkit.documents.Pdfs;
import io.deltashare.testkit.kafka.Inboxes;
import io.deltashare.testkit.kafka.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A voucher's certificate (电子券) shows its terms, holder and issuer with a QR code; the address in the QR code tells
 * anyone, without signing in, whether the voucher is genuine and valid, and nothing about its holder or balance.
 */
@QuarkusTest
class VoucherCertificateApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void theCertificateNamesTheVoucherAndItsQrCodeVerifiesItToAnyone() throws Exception {
        Inboxes.awaitTaken(
                dataSource,
                TopicWriter.publish(
                        "membership",
                        new OrganizationAdmitted(
                                UUID.randomUUID(),
                                new OrganizationSnapshot(
                                        JIANGSU_FIRM,
                                        "js-biomed",
                                        "firm",
                                        new LocalizedText("苏州生物医药科技有限公司", "Suzhou Biomed Co., Ltd."),
                                        Region.CN_JS,
                                        "Suzhou",
                                        null,
                                        null))));
        String program = openProgram("bureau.js", aProgram("CN-JS", ALL_REGIONS));
        String voucher = issuedVoucher("firm.js-biomed", "bureau.js", program);
        String path = "/api/v1/vouchers/" + voucher + "/certificate";

        JsonPath certificate =
                as("firm.js-biomed").get(path).then().statusCode(200).extract().jsonPath();
        String code = certificate.getString("voucher.code");
        String check = certificate.getString("check");
        String url = certificate.getString("verificationUrl");
        assertThat(url).endsWith("/api/v1/voucher-verifications/" + code + "?check=" + check);
        byte[] pdf = Pdfs.download(as("firm.js-biomed"), path);

        String text = Pdfs.textOnOneLine(pdf);
        assertThat(text)
                .contains("科技创新券", "Innovation voucher certificate")
                .contains("券号 Code " + code, "核验码 Check " + check)
                .contains("持有企业 Holder 苏州生物医药科技有限公司 Suzhou Biomed Co., Ltd.")
                .contains("发券部门 Issuer 江苏省 Jiangsu (CN-JS) · 科技创新券 CN-JS")
                .contains("面值 Face value ¥10,000.00")
                .contains("50% of each fee")
                .contains("上海市 Shanghai (CN-SH)", "浙江省 Zhejiang (CN-ZJ)", "安徽省 Anhui (CN-AH)")
                .contains("状态 Status 有效 Active");
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        Pdfs.render(pdf, "voucher-certificate");
        assertThat(Pdfs.qrCode(pdf, 1)).isEqualTo(url);
        String checkAgain =
                as("bureau.js").get(path).then().statusCode(200).extract().path("check");
        assertThat(checkAgain).as("one check per voucher").isEqualTo(check);
        as("firm.zj-materials").accept("application/pdf").get(path).then().statusCode(404);

        URI verification = URI.create(url);
        given().get(verification.getPath() + "?" + verification.getQuery())
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("valid", equalTo(true))
                .body("status", equalTo("ACTIVE"))
                .body("issuingRegion", equalTo("CN-JS"))
                .body("faceValue.amount", equalTo("10000.00"))
                .body("$", not(hasKey("firmOrganizationId")))
                .body("$", not(hasKey("holder")))
                .body("$", not(hasKey("balance")));
        given().get("/api/v1/voucher-verifications/" + code.toLowerCase(Locale.ROOT) + "?check="
                        + check.toLowerCase(Locale.ROOT))
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
        String wrongCheck = (check.charAt(0) == 'A' ? "B" : "A") + check.substring(1);
        given().get("/api/v1/voucher-verifications/" + code + "?check=" + wrongCheck)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/voucher-verifications/" + code).then().statusCode(400);
        given().get("/api/v1/voucher-verifications/not-a-code?check=" + check)
                .then()
                .statusCode(400);
        as("firm.js-biomed").queryParam("format", "csv").get(path).then().statusCode(400);
    }
}
