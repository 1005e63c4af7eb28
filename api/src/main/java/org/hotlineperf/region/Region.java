package org.hotlineperf.region;

/**
 * An administrative region by its GB/T 2260 code (区划代码): province, prefecture or county, with its parent.
 */
public record Region(String code, String name, String level, String parentCode) {
}
