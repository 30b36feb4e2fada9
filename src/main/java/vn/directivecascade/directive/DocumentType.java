package vn.directivecascade.directive;

/** Kinds of directive documents (văn bản chỉ đạo). */
public enum DocumentType {
  CHI_THI("Chỉ thị"),
  QUYET_DINH("Quyết định"),
  CHUONG_TRINH("Chương trình"),
  KE_HOACH("Kế hoạch"),
  CONG_VAN("Công văn");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
