package vn.directivecascade.deadline;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Deadline settings ({@code directive-cascade.*}); every deadline is in {@link #zone()}. */
@ConfigurationProperties("directive-cascade")
public record DeadlineProperties(
    @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
    @DefaultValue Drafting drafting) {

  /** Drafting deadline given to an organisation that must make its plan. */
  public record Drafting(
      @DefaultValue("30") int defaultDays,
      @DefaultValue("3") int reminderDaysBefore) {
  }
}
