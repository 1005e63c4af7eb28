package org.hotlineperf.funding;

import java.math.BigDecimal;
import java.util.List;
import org.hotlineperf.calendar.PartialDate;
import org.hotlineperf.organisation.Organisation;

/**
 * A contract with an operator (合同 / 营运商) as the report states it, with its payments; amounts in yuan.
 */
public record Contract(
        long id,
        long projectId,
        String title,
        Organisation operator,
        String procurementMethod,
        String procurementReference,
        PartialDate signedOn,
        PartialDate serviceStart,
        PartialDate serviceEnd,
        BigDecimal totalAmount,
        BigDecimal projectShareAmount,
        String description,
        List<Payment> payments) {

    /** A payment made under the contract (合同支付). */
    public record Payment(Integer fiscalYear, BigDecimal amount, PartialDate paidOn, String description) {
    }
}
