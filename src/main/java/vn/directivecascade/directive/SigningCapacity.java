package vn.directivecascade.directive;

/** Capacity in which the signatory signs: thay mặt, ký thay, thừa lệnh, quyền. */
public enum SigningCapacity {
  TM, KT, TL, Q
}
