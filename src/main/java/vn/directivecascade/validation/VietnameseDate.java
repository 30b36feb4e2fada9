package vn.directivecascade.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as Vietnamese administration writes it, in every message a person reads: 15/01/2027. */
public final class VietnameseDate {

  public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDate() {
  }

  public static String of(LocalDate date) {
    return date.format(FORMAT);
  }
}
