package vn.directivecascade.reporting;

import java.math.BigDecimal;

public record TargetDraft(String description, Comparison comparison, BigDecimal value, String unit) {
}
