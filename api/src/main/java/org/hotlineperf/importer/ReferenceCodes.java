package org.hotlineperf.importer;

/**
 * The reference data a report document may refer to: GB/T 2260 region codes and indicator catalogue codes.
 */
interface ReferenceCodes {

    boolean regionExists(String code);

    boolean catalogueCodeExists(String code);
}
