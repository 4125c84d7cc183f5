package io.deltashare.contracts.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

class RegionTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anyProvinceOfChinaOrCountryIsARegion() {
        assertThat(Region.ofCode("CN-GD").country()).isEqualTo("CN");
        assertThat(Region.ofCode("CN-ZJ")).isEqualTo(Region.CN_ZJ);
        assertThat(Region.ofCode("DE").code()).isEqualTo("DE");
        assertThat(Region.ofCode("US-CA").country()).isEqualTo("US");
        // a value: equal by code whoever made it, sorted by code
        assertThat(Region.ofCode("CN-ZJ")).isEqualTo(new Region("CN-ZJ")).hasSameHashCodeAs(Region.CN_ZJ);
        assertThat(new java.util.TreeSet<>(java.util.List.of(Region.CN_ZJ, Region.CN_AH, Region.ofCode("CN-GD"))))
                .extracting(Region::code)
                .containsExactly("CN-AH", "CN-GD", "CN-ZJ");
    }

    @Test
    void whatIsNoRegionIsRefused() {
        for (String code : new String[] {"CN-XX", "XX", "cn-zj", "CN-", "CN-ZJ1X", "", "CN_ZJ"}) {
            assertThat(Region.isCode(code)).as(code).isFalse();
            assertThatThrownBy(() -> Region.ofCode(code))
                    .as(code)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a region");
        }
        assertThat(Region.isCode(null)).isFalse();
    }

    @Test
    void onTheWireARegionIsItsCode() throws Exception {
        assertThat(json.writeValueAsString(Region.CN_AH)).isEqualTo("\"CN-AH\"");
        assertThat(json.readValue("\"CN-GD\"", Region.class)).isEqualTo(Region.ofCode("CN-GD"));
        assertThatThrownBy(() -> json.readValue("\"CN-XX\"", Region.class))
                .isInstanceOf(ValueInstantiationException.class);
    }
}
