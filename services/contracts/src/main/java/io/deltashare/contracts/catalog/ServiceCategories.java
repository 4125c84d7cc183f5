package io.deltashare.contracts.catalog;

import java.util.Set;

/**
 * The codes of the catalog's instrument-category taxonomy, which events carry as {@code category}. Voucher programs
 * name the categories they pay for with these codes. The catalog seeds the taxonomy with Flyway, and its tests check
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
            "physical-properties");

    private ServiceCategories() {}
}
