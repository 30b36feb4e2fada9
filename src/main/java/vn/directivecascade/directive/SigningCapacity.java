package vn.directivecascade.directive;

/** Capacity in which the signatory signs: thay mặt, ký thay, thừa lệnh, quyền. */
public enum SigningCapacity {
  TM("TM. (thay mặt)"),
  KT("KT. (ký thay)"),
  TL("TL. (thừa lệnh)"),
  Q("Q. (quyền)");

  private final String label;

  SigningCapacity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
