package vn.directivecascade.plantask;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The kind of product a task must deliver, read from the first words of the appendix's "Sản phẩm"
 * cell ("Báo cáo kết quả …", "Kế hoạch của UBND tỉnh"); the cell itself is kept as written.
 */
public enum ProductType {
  REPORT("Báo cáo"),
  PLAN("Kế hoạch"),
  PROJECT("Đề án"),
  DECISION("Quyết định"),
  GUIDANCE("Văn bản hướng dẫn"),
  DIRECTIVE("Chỉ thị"),
  PROGRAMME("Chương trình"),
  OTHER("Khác");

  private final String label;

  ProductType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type a product cell begins with; "Hướng dẫn …" is guidance too. */
  public static ProductType of(String product) {
    String text = Normalizer.normalize(product, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    for (ProductType type : values()) {
      if (type != OTHER && text.startsWith(type.label.toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    return text.startsWith("hướng dẫn") ? GUIDANCE : OTHER;
  }
}
