package org.hotlineperf.importer;

import static org.hotlineperf.db.Tables.INDICATOR_CATALOGUE;
import static org.hotlineperf.db.Tables.REGION;

import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;

/**
 * Region and catalogue codes from PostgreSQL. Both are reference data that change only by migration, so
 * each set is read once, on first use, instead of once per code a document names.
 */
@Repository
class ReferenceCodeRepository implements ReferenceCodes {

    private final Supplier<Set<String>> regionCodes;
    private final Supplier<Set<String>> catalogueCodes;

    ReferenceCodeRepository(DSLContext dsl) {
        this.regionCodes = SingletonSupplier.of(() -> Set.copyOf(dsl.fetchValues(REGION.CODE)));
        this.catalogueCodes = SingletonSupplier.of(() -> Set.copyOf(dsl.fetchValues(INDICATOR_CATALOGUE.CODE)));
    }

    @Override
    public boolean regionExists(String code) {
        return regionCodes.get().contains(code);
    }

    @Override
    public boolean catalogueCodeExists(String code) {
        return catalogueCodes.get().contains(code);
    }
}
