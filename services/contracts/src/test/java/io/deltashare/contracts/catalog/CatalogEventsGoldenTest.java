package io.deltashare.contracts.catalog;

import io.deltashare.contracts.events.GoldenJson;
import io.deltashare.contracts.money.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pins the wire format of every instrument-catalog event. */
class CatalogEventsGoldenTest {

    static ProviderSnapshot aShanghaiAnalysisCentre() {
        return new ProviderSnapshot(
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                new LocalizedText("上海某大学分析测试中心", "Shanghai University Analysis & Testing Centre"),
                Region.CN_SH,
                "Shanghai",
                "UNIVERSITY",
                List.of("CMA", "CNAS"),
                "lab@example.edu.cn",
                "+86 21 5555 0101",
                3);
    }

    static InstrumentSnapshot aFieldEmissionSem() {
        return new InstrumentSnapshot(
                UUID.fromString("9a8b7c6d-0000-4000-8000-000000000042"),
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                Region.CN_SH,
                "Shanghai",
                new LocalizedText("场发射扫描电镜", "Field-emission scanning electron microscope"),
                new LocalizedText("高分辨形貌观察与能谱分析", "High-resolution imaging with EDS"),
                "electron-microscopy",
                "ZEISS",
                "GeminiSEM 560",
                Money.parse("4800000.00"),
                "Building 3, Room 105",
                "SLOT",
                Money.parse("300.00"),
                Money.parse("600.00"),
                true,
                List.of(
                        new InstrumentSnapshot.OpeningWindow("MONDAY", "08:30", "17:00"),
                        new InstrumentSnapshot.OpeningWindow("TUESDAY", "08:30", "17:00")),
                60,
                480,
                24,
                true,
                "ACTIVE",
                7);
    }

    @Test
    void providerRegistered() {
        GoldenJson.assertMatches(new ProviderRegistered(aShanghaiAnalysisCentre()), "provider-registered.v1.json");
    }

    @Test
    void providerUpdated() {
        GoldenJson.assertMatches(new ProviderUpdated(aShanghaiAnalysisCentre()), "provider-updated.v1.json");
    }

    @Test
    void instrumentListed() {
        GoldenJson.assertMatches(new InstrumentListed(aFieldEmissionSem()), "instrument-listed.v1.json");
    }

    @Test
    void instrumentUpdated() {
        GoldenJson.assertMatches(new InstrumentUpdated(aFieldEmissionSem()), "instrument-updated.v1.json");
    }

    @Test
    void instrumentWithdrawn() {
        GoldenJson.assertMatches(new InstrumentWithdrawn(aFieldEmissionSem()), "instrument-withdrawn.v1.json");
    }

    static ServiceOfferSnapshot aTensileTestingPackage() {
        return new ServiceOfferSnapshot(
                UUID.fromString("5e7d0c1b-0000-4000-8000-000000000077"),
                UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
                UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201"),
                Region.CN_SH,
                "Shanghai",
                "TESTING_PACKAGE",
                ServiceKind.TESTING,
                new LocalizedText("金属材料室温拉伸试验", "Room-temperature tensile test of metals"),
                new LocalizedText("抗拉强度、屈服强度、断后伸长率", "Tensile and yield strength, elongation after fracture"),
                "mechanical-testing",
                "PER_SAMPLE",
                Money.parse("180.00"),
                Money.parse("260.00"),
                "GB/T 228.1-2021",
                5,
                new LocalizedText("每组 3 根标准试样", "Three standard specimens per group"),
                null,
                List.of(UUID.fromString("9a8b7c6d-0000-4000-8000-000000000042")),
                "ACTIVE",
                2);
    }

    @Test
    void serviceOfferListed() {
        GoldenJson.assertMatches(new ServiceOfferListed(aTensileTestingPackage()), "service-offer-listed.v1.json");
    }

    @Test
    void serviceOfferUpdated() {
        GoldenJson.assertMatches(new ServiceOfferUpdated(aTensileTestingPackage()), "service-offer-updated.v1.json");
    }

    @Test
    void serviceOfferWithdrawn() {
        GoldenJson.assertMatches(
                new ServiceOfferWithdrawn(aTensileTestingPackage()), "service-offer-withdrawn.v1.json");
    }
}
