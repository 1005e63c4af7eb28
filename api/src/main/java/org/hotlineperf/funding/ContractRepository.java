package org.hotlineperf.funding;

import static org.hotlineperf.db.Tables.CONTRACT;
import static org.hotlineperf.db.Tables.CONTRACT_PAYMENT;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.jooq.Records.mapping;
import static org.hotlineperf.organisation.OrganisationFields.organisation;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotlineperf.calendar.PartialDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads contracts with their operator and payments, nested with {@code multiset}, for many projects at once.
 */
@Repository
class ContractRepository {

    private final DSLContext dsl;

    ContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, List<Contract>> contracts(Collection<Long> projectIds) {
        return dsl.select(CONTRACT.ID, CONTRACT.PROJECT_ID, CONTRACT.TITLE, organisation(ORGANISATION),
                        CONTRACT.PROCUREMENT_METHOD, CONTRACT.PROCUREMENT_REFERENCE,
                        row(CONTRACT.SIGNED_ON, CONTRACT.SIGNED_ON_PRECISION).mapping(PartialDate::of),
                        row(CONTRACT.SERVICE_START, CONTRACT.SERVICE_START_PRECISION).mapping(PartialDate::of),
                        row(CONTRACT.SERVICE_END, CONTRACT.SERVICE_END_PRECISION).mapping(PartialDate::of),
                        CONTRACT.TOTAL_AMOUNT,
                        CONTRACT.PROJECT_SHARE_AMOUNT, CONTRACT.DESCRIPTION,
                        multiset(select(CONTRACT_PAYMENT.FISCAL_YEAR, CONTRACT_PAYMENT.AMOUNT,
                                row(CONTRACT_PAYMENT.PAID_ON, CONTRACT_PAYMENT.PAID_ON_PRECISION).mapping(PartialDate::of),
                                CONTRACT_PAYMENT.DESCRIPTION)
                                .from(CONTRACT_PAYMENT)
                                .where(CONTRACT_PAYMENT.CONTRACT_ID.eq(CONTRACT.ID))
                                .orderBy(CONTRACT_PAYMENT.ORDINAL))
                                .convertFrom(records -> records.map(mapping(Contract.Payment::new))))
                .from(CONTRACT)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONTRACT.OPERATOR_ID))
                .where(CONTRACT.PROJECT_ID.in(projectIds))
                .orderBy(CONTRACT.PROJECT_ID, CONTRACT.REPORT_ID, CONTRACT.ORDINAL)
                .fetch(mapping(Contract::new))
                .stream()
                .collect(Collectors.groupingBy(Contract::projectId));
    }
}
