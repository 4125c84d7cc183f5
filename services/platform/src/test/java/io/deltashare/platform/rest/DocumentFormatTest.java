package io.deltashare.platform.rest;

import static io.deltashare.platform.rest.DocumentFormat.CSV;
import static io.deltashare.platform.rest.DocumentFormat.JSON;
import static io.deltashare.platform.rest.DocumentFormat.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    private static final List<DocumentFormat> OFFERED = List.of(JSON, CSV, PDF);

    @Test
    void theParameterWinsOverAccept() {
        assertThat(DocumentFormat.choose("PDF", "text/csv", OFFERED)).isEqualTo(PDF);
    }

    @Test
    void acceptIsReadByQualityThenInTheOrderWritten() {
        assertThat(DocumentFormat.choose(null, "application/pdf", OFFERED)).isEqualTo(PDF);
        assertThat(DocumentFormat.choose(null, "text/csv;q=0.5, application/pdf", OFFERED))
                .isEqualTo(PDF);
        assertThat(DocumentFormat.choose(null, "text/html, text/csv; charset=utf-8, application/pdf", OFFERED))
                .isEqualTo(CSV);
        assertThat(DocumentFormat.choose(null, "application/pdf;q=0, */*;q=0.1", OFFERED))
                .isEqualTo(JSON);
        assertThat(DocumentFormat.choose(null, "application/*", List.of(CSV, PDF)))
                .isEqualTo(PDF);
    }

    @Test
    void noAcceptOrAWildcardGivesTheFirstOffered() {
        assertThat(DocumentFormat.choose(null, null, OFFERED)).isEqualTo(JSON);
        assertThat(DocumentFormat.choose(" ", "*/*", OFFERED)).isEqualTo(JSON);
    }

    @Test
    void aFormatNotOfferedIs400AndAnAcceptNoneMatchesIs406() {
        assertThatThrownBy(() -> DocumentFormat.choose("xlsx", null, OFFERED))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.INVALID));
        assertThatThrownBy(() -> DocumentFormat.choose(null, "application/xml, application/pdf;q=0", OFFERED))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_ACCEPTABLE);
                    assertThat(e.getMessage()).contains("application/json, text/csv, application/pdf");
                });
    }
}
