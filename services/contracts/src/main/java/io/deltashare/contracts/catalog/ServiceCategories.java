package io.deltashare.contracts.catalog;

import java.util.Set;

/**
 * The codes of the catalog's category taxonomy, which events carry as {@code category}: instrument categories, which
 * instruments and services share, and categories of testing and technical development that only services use. Voucher
 * programs name the categories they pay for with these codes. The catalog seeds the taxonomy with Flyway, and its tests check
 * that the seed and this list agree.
 */
public final class ServiceCategories {

    public static final Set<String> CODES = Set.of(
            "electron-microscopy",
            "nmr",
            "x-ray-diffraction",
            "mass-spectrometry",
            "chromatography",
            "synchrotron-beamline",
            "optical-spectroscopy",
            "thermal-analysis",
            "surface-analysis",
            "elemental-analysis",
            "particle-analysis",
            "mechanical-testing",
            "cell-imaging",
            "computing",
            "physical-properties",
            "product-testing",
            "environmental-testing",
            "product-development",
            "process-development",
            "equipment-development",
            "software-development",
            "materials-development",
            "technical-consulting");

    private ServiceCategories() {}
}
