package vn.directivecascade.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.directivecascade.cascade.CascadeKey;

/**
 * A configurable organisation tree in the national shape: one root, provinces, departments per
 * province, units per department (default 1 + 63 + 63×20 + 63×20×10 = 13,924). Codes follow the
 * contract's kebab-case: {@code vn}, {@code vn-p01}, {@code vn-p01-d01}, {@code vn-p01-d01-u01}.
 */
record NationalShape(int provinces, int departments, int units) {

  static final String ROOT = "vn";
  static final int UNIT_DEPTH = 3;

  /** From -Dbenchmark.provinces / .departments / .units; the national shape by default. */
  static NationalShape fromSystemProperties() {
    return new NationalShape(Integer.getInteger("benchmark.provinces", 63), Integer.getInteger("benchmark.departments", 20),
        Integer.getInteger("benchmark.units", 10));
  }

  int organisations() {
    return 1 + provinces + provinces * departments + provinces * departments * units;
  }

  List<String> provinceCodes() {
    return codes(ROOT, "p", provinces);
  }

  /** The organisations one level below {@code code}; none below a unit. */
  List<String> childrenOf(String code) {
    return switch (depth(code)) {
      case 0 -> provinceCodes();
      case 1 -> codes(code, "d", departments);
      case 2 -> codes(code, "u", units);
      default -> List.of();
    };
  }

  /** 0 for the root, 1 for a province, 2 for a department, 3 for a unit. */
  static int depth(String code) {
    return code.split("-").length - 1;
  }

  /**
   * A business-key LIKE pattern for the directive-cascade instances of every organisation at
   * {@code depth}: {@code _} matches one character, so a province's pattern never matches a department.
   */
  static String instancesAtDepth(int depth) {
    return CascadeKey.anyDocumentFor(codesAtDepth(depth));
  }

  /** A LIKE pattern for the codes of every organisation at {@code depth}: {@code vn-p__-d__} for the departments. */
  static String codesAtDepth(int depth) {
    StringBuilder organisations = new StringBuilder(ROOT);
    for (String letter : List.of("p", "d", "u").subList(0, depth)) {
      organisations.append('-').append(letter).append("__");
    }
    return organisations.toString();
  }

  /** Every organisation above the units, root first: the ones that issue plans for others and consolidate their reports. */
  List<String> issuers() {
    List<String> issuers = new ArrayList<>(List.of(ROOT));
    for (String province : provinceCodes()) {
      issuers.add(province);
      issuers.addAll(childrenOf(province));
    }
    return issuers;
  }

  /** One report per organisation below an issuer, and one per issuer consolidating them: 15,247 in the national shape. */
  int reportsPerPeriod() {
    return organisations() - 1 + issuers().size();
  }

  int organisationsAtDepth(int depth) {
    return switch (depth) {
      case 0 -> 1;
      case 1 -> provinces;
      case 2 -> provinces * departments;
      case UNIT_DEPTH -> provinces * departments * units;
      default -> 0;
    };
  }

  private static List<String> codes(String parent, String letter, int count) {
    List<String> codes = new ArrayList<>();
    IntStream.rangeClosed(1, count).forEach(i -> codes.add(parent + "-" + letter + String.format("%02d", i)));
    return codes;
  }
}
