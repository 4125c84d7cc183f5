package io.deltashare.testkit.keycloak;

import java.util.UUID;

/**
 * The demo realm's organizations ({@code deploy/keycloak/demo}), by name, for tests, the local run and the journeys:
 * one place for their ids, checked against the realm file by {@code DemoRealmTest}. Their demo users log in as
 * {@code firm.<alias>}, {@code provider.<alias>}, {@code researcher.<alias>}, {@code bureau.<province>}, {@code bureau.js-wujiang} (a pilot locality's bureau) and {@code admin}.
 */
public final class DemoRealm {

    /** 上海纳米科技 Shanghai Nanotech, a firm in CN-SH (alias {@code sh-nanotech}). */
    public static final UUID SH_NANOTECH = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000101");
    /** 苏州博医生物 Suzhou Biomed, a firm in CN-JS (alias {@code js-biomed}); the demo partner portal acts for it. */
    public static final UUID JS_BIOMED = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000102");
    /** 杭州新材料 Hangzhou Advanced Materials, a firm in CN-ZJ (alias {@code zj-materials}). */
    public static final UUID ZJ_MATERIALS = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000103");
    /** 合肥量子仪器 Hefei Quantum Instruments, a firm in CN-AH (alias {@code ah-quantum}). */
    public static final UUID AH_QUANTUM = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000104");
    /**
     * 深圳智造机器人 Shenzhen Smart Robotics, a firm in CN-GD (alias {@code gd-robotics}): from outside the four voucher
     * regions, it books at the enterprise price without vouchers.
     */
    public static final UUID GD_ROBOTICS = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000105");
    /**
     * 南京大学功能材料课题组, a research group in CN-JS (alias {@code js-nju-materials-group}, kind {@code research}): its
     * researcher {@code researcher.js-nju-materials-group} books at the academic price.
     */
    public static final UUID JS_NJU_MATERIALS_GROUP = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000301");
    /** 上海某大学分析测试中心, a provider in CN-SH (alias {@code sh-analysis-centre}). */
    public static final UUID SH_ANALYSIS_CENTRE = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000201");
    /** 合肥物质科学研究院 Hefei Institutes of Physical Science, a provider in CN-AH (alias {@code ah-hefei-institute}). */
    public static final UUID AH_HEFEI_INSTITUTE = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000202");
    /** 浙江某大学流体工程研究所, a university lab providing development services in CN-ZJ. */
    public static final UUID ZJ_FLUID_ENGINEERING_LAB = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000203");
    /** 浙江机电研究院 Zhejiang Electromechanical Institute, a provider in CN-ZJ. */
    public static final UUID ZJ_ELECTROMECHANICAL_INSTITUTE = UUID.fromString("0a1f0c5e-5d4b-4b8e-9f00-000000000204");
    /**
     * The administrative division code of 吴江区 (Suzhou), a pilot locality whose bureau issues vouchers of its own under
     * Jiangsu's: its officer logs in as {@code bureau.js-wujiang}.
     */
    public static final String JS_WUJIANG = "320509";

    private DemoRealm() {}
}
