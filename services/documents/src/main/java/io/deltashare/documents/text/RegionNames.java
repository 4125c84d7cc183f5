package io.deltashare.documents.text;

import java.util.Locale;
import java.util.Map;

/**
 * How a document names a region: {@code 江苏省 Jiangsu (CN-JS)} for a Chinese provincial-level division (ISO
 * 3166-2:CN), the country's Chinese and English names for a country code, and the code itself for anything else.
 */
public final class RegionNames {

    private static final Map<String, String> CHINA = Map.ofEntries(
            Map.entry("AH", "安徽省 Anhui"),
            Map.entry("BJ", "北京市 Beijing"),
            Map.entry("CQ", "重庆市 Chongqing"),
            Map.entry("FJ", "福建省 Fujian"),
            Map.entry("GD", "广东省 Guangdong"),
            Map.entry("GS", "甘肃省 Gansu"),
            Map.entry("GX", "广西壮族自治区 Guangxi"),
            Map.entry("GZ", "贵州省 Guizhou"),
            Map.entry("HA", "河南省 Henan"),
            Map.entry("HB", "湖北省 Hubei"),
            Map.entry("HE", "河北省 Hebei"),
            Map.entry("HI", "海南省 Hainan"),
            Map.entry("HK", "香港特别行政区 Hong Kong"),
            Map.entry("HL", "黑龙江省 Heilongjiang"),
            Map.entry("HN", "湖南省 Hunan"),
            Map.entry("JL", "吉林省 Jilin"),
            Map.entry("JS", "江苏省 Jiangsu"),
            Map.entry("JX", "江西省 Jiangxi"),
            Map.entry("LN", "辽宁省 Liaoning"),
            Map.entry("MO", "澳门特别行政区 Macao"),
            Map.entry("NM", "内蒙古自治区 Inner Mongolia"),
            Map.entry("NX", "宁夏回族自治区 Ningxia"),
            Map.entry("QH", "青海省 Qinghai"),
            Map.entry("SC", "四川省 Sichuan"),
            Map.entry("SD", "山东省 Shandong"),
            Map.entry("SH", "上海市 Shanghai"),
            Map.entry("SN", "陕西省 Shaanxi"),
            Map.entry("SX", "山西省 Shanxi"),
            Map.entry("TJ", "天津市 Tianjin"),
            Map.entry("TW", "台湾省 Taiwan"),
            Map.entry("XJ", "新疆维吾尔自治区 Xinjiang"),
            Map.entry("XZ", "西藏自治区 Tibet"),
            Map.entry("YN", "云南省 Yunnan"),
            Map.entry("ZJ", "浙江省 Zhejiang"));

    private RegionNames() {}

    public static String of(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("CN-") && CHINA.containsKey(code.substring(3))) {
            return CHINA.get(code.substring(3)) + " (" + code + ")";
        }
        if (code.length() == 2) {
            Locale country = new Locale.Builder().setRegion(code).build();
            String en = country.getDisplayCountry(Locale.ENGLISH);
            if (!en.isEmpty() && !en.equals(code)) {
                return country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE) + " " + en + " (" + code + ")";
            }
        }
        return code;
    }
}
