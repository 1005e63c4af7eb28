package org.hotlineperf.synthetic;

/**
 * A region that gets a synthetic project: its GB/T 2260 code and level, the name an official document would
 * use for its government (qualified by the parent where the bare name is not unique in the country, e.g.
 * 北京市朝阳区 beside 长春市朝阳区), and the province it lies in.
 */
record SyntheticRegion(String code, String level, String displayName, String provinceName) {

    boolean isProvince() {
        return "PROVINCE".equals(level);
    }

    boolean isCounty() {
        return "COUNTY".equals(level);
    }

    /** The province without its suffix (湖南, 内蒙古, 广西), as firms put it in their names. */
    String provinceShortName() {
        return provinceName.replaceAll("(壮族|回族|维吾尔)?自治区$|省$|市$", "");
    }

    /** The one-character abbreviation used in document numbers such as 淮财预〔2020〕12号. */
    String abbreviation() {
        return displayName.substring(0, 1);
    }
}
