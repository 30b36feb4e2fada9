package vn.directivecascade.plantask;

import java.time.LocalDate;

/** A product's document as the lead describes it: number/symbol, date and summary (trích yếu). */
record ProductDocument(String numberSymbol, LocalDate date, String summary) {
}
