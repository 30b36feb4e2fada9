package vn.directivecascade.directive;

/** Why a recipient (nơi nhận) receives a document. */
public enum RecipientRole {
  /** để thực hiện */
  IMPLEMENT,
  /** để báo cáo */
  FOR_INFORMATION,
  /** để phối hợp */
  COOPERATE
}
