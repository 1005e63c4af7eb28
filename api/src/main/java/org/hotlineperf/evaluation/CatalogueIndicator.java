package org.hotlineperf.evaluation;

/**
 * An entry of the indicator catalogue (指标目录): the stable code that indicators, declared targets, operating
 * metrics and reported figures use for a measure that reports name in many ways.
 */
public record CatalogueIndicator(String code, String nameEn, String nameZh, String valueKind, String description) {
}
