package vn.directivecascade.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's targets as the board shows them: each target with its goal, the value rolled up over the
 * latest period with figures, each organisation's value, and a bar chart of those against the goal.
 */
public record TargetBoard(long planId, String plan, List<TargetView> targets) {

  /**
   * @param comparison "≥", "≤" or "="
   * @param period the latest period with figures for the target, null while there are none
   * @param rolledUp the organisations' figures summed (numerators over denominators), null while there are none
   * @param chart null while there are no figures
   */
  public record TargetView(long id, String description, String comparison, String goal, String unit, String period,
      Figure rolledUp, List<OrganizationFigure> organizations, Chart chart) {
  }

  /** @param text the value in the reader's notation with its unit ("75,0 %"); "–" when it has none */
  public record Figure(String fraction, BigDecimal value, String text, boolean met) {
  }

  public record OrganizationFigure(String orgCode, String orgName, Figure figure) {
  }

  /** A horizontal bar chart drawn as inline SVG: one bar per organisation, a vertical line at the goal. */
  public record Chart(int width, int height, String title, String description, Goal goal, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LEFT = 8;
    static final int PLOT = 440;
    static final int TOP = 30;
    static final int ROW = 40;
    static final int BAR_HEIGHT = 14;

    /**
     * The chart of {@code figures} against {@code goal}, scaled to the largest of the goal, the values
     * and, for a percentage, 100.
     */
    static Chart of(List<OrganizationFigure> figures, BigDecimal goal, boolean percentage, String title, String description,
        String goalLabel, String metLabel, String notMetLabel) {
      double max = Math.max(goal.doubleValue(), percentage ? 100 : 0);
      for (OrganizationFigure figure : figures) {
        if (figure.figure().value() != null) {
          max = Math.max(max, figure.figure().value().doubleValue());
        }
      }
      double scale = max <= 0 ? 1 : max;
      int height = TOP + figures.size() * ROW + 6;
      List<Bar> bars = new ArrayList<>();
      for (int index = 0; index < figures.size(); index++) {
        OrganizationFigure figure = figures.get(index);
        int rowTop = TOP + index * ROW;
        double width = figure.figure().value() == null ? 0 : figure.figure().value().doubleValue() / scale * PLOT;
        String valueText = figure.figure().text() + " – " + (figure.figure().met() ? metLabel : notMetLabel);
        bars.add(new Bar(figure.orgName(), valueText, figure.figure().met(), rowTop + 12, rowTop + 17, BAR_HEIGHT,
            coordinate(LEFT), coordinate(width), coordinate(LEFT + width + 6), rowTop + 17 + BAR_HEIGHT - 3,
            figure.orgName() + ": " + valueText));
      }
      double goalX = LEFT + goal.doubleValue() / scale * PLOT;
      Goal line = new Goal(coordinate(goalX), TOP - 8, height - 2, goalLabel, goalX < 80 ? "start" : "middle", TOP - 12);
      return new Chart(WIDTH, height, title, description, line, bars);
    }

    private static String coordinate(double value) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
  }

  /** The goal's vertical line, labelled above the bars. */
  public record Goal(String x, int y1, int y2, String label, String labelAnchor, int labelY) {
  }

  /** One organisation's bar, its name above it and its value (with met / not met) after it. */
  public record Bar(String label, String valueText, boolean met, int labelY, int y, int height, String x, String width,
      String valueX, int valueY, String title) {

    public String cssClass() {
      return met ? "bar-met" : "bar-not-met";
    }
  }
}
