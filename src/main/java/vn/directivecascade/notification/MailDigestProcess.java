package vn.directivecascade.notification;

/** Key and element ids of {@code bpmn/mail-digest.bpmn}. */
public final class MailDigestProcess {

  public static final String KEY = "mail-digest";

  public static final class Elements {
    public static final String DIGEST_TIMER = "Timer_DigestDue";
    public static final String QUEUE_DIGESTS = "ServiceTask_QueueDailyDigests";

    private Elements() {
    }
  }

  public static final class Variables {
    /** How many digests the day's run queued (in the instance's history). */
    public static final String DIGESTS_QUEUED = "digestsQueued";

    private Variables() {
    }
  }

  private MailDigestProcess() {
  }
}
