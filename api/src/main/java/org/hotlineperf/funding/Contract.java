package org.hotlineperf.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract with an operator (合同 / 营运商) as the report states it, with its payments; amounts in yuan.
 */
public record Contract(
        long id,
        long projectId,
        String title,
        long operatorId,
        String operatorName,
        String procurementMethod,
        String procurementReference,
        LocalDate signedOn,
        LocalDate serviceStart,
        LocalDate serviceEnd,
        BigDecimal totalAmount,
        BigDecimal projectShareAmount,
        String description,
        List<Payment> payments) {

    /** A payment made under the contract (合同支付). */
    public record Payment(Integer fiscalYear, BigDecimal amount, LocalDate paidOn, String description) {
    }
}
