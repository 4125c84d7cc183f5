package io.deltashare.instrumentcatalog.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorOnlyFieldsTest {

    private static final OperatorOnlyFields.Held SHANGHAI_UNIVERSITY =
            new OperatorOnlyFields.Held("CN-SH", ProviderType.UNIVERSITY, Set.of(Accreditation.CMA));

    @Test
    void staffMayResendTheOperatorsFieldsUnchanged() {
        assertThat(OperatorOnlyFields.refusalForStaff(
                        SHANGHAI_UNIVERSITY,
                        new OperatorOnlyFields.Held("CN-SH", ProviderType.UNIVERSITY, Set.of(Accreditation.CMA))))
                .isEmpty();
    }

    @Test
    void aMoveToAnotherRegionATypeChangeOrANewBadgeIsRefusedNamingEachField() {
        assertThat(OperatorOnlyFields.refusalForStaff(
                        SHANGHAI_UNIVERSITY,
                        new OperatorOnlyFields.Held(
                                "CN-JS",
                                ProviderType.BIG_SCIENCE_FACILITY,
                                Set.of(Accreditation.CMA, Accreditation.CNAS))))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("region (CN-SH → CN-JS)")
                        .contains("type (UNIVERSITY → BIG_SCIENCE_FACILITY)")
                        .contains("accreditations"));
        assertThat(OperatorOnlyFields.refusalForStaff(
                        SHANGHAI_UNIVERSITY, new OperatorOnlyFields.Held("CN-SH", ProviderType.UNIVERSITY, Set.of())))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("accreditations").doesNotContain("region ("));
    }
}
