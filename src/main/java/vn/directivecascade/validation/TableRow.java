package vn.directivecascade.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One row of a table field (targets, figures, task rows, further reporting obligations), as a form's
 * repeating row or a tool's line of "|"-parted cells: its position and its cells in column order.
 * A cell holding a list (several cooperating agencies) is one of the row's lists.
 */
public final class TableRow {

  private final int line;
  private final List<List<String>> cells;

  private TableRow(int line, List<List<String>> cells) {
    this.line = line;
    this.cells = cells;
  }

  /** The rows of a text table: one per non-blank line, its cells parted by "|"; lines counted from 1. */
  public static List<TableRow> lines(String text) {
    List<TableRow> rows = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int line = 1; line <= lines.length; line++) {
      if (!lines[line - 1].isBlank()) {
        rows.add(ofText(line, lines[line - 1].split("\\|", -1)));
      }
    }
    return rows;
  }

  private static TableRow ofText(int line, String[] parts) {
    List<List<String>> cells = new ArrayList<>();
    for (String part : parts) {
      cells.add(part.isBlank() ? List.of() : List.of(part.strip()));
    }
    return new TableRow(line, cells);
  }

  static TableRow ofJson(int line, SpinJsonNode row, String[] columns) {
    List<List<String>> cells = new ArrayList<>();
    for (String column : columns) {
      List<String> texts = new ArrayList<>();
      if (row.hasProp(column)) {
        SpinJsonNode cell = row.prop(column);
        for (SpinJsonNode element : cell.isArray() ? cell.elements() : List.of(cell)) {
          String text = element.isNull() ? "" : element.isString() ? element.stringValue() : element.toString();
          if (!text.isBlank()) {
            texts.add(text.strip());
          }
        }
      }
      cells.add(texts);
    }
    return new TableRow(line, cells);
  }

  /** The row's position in the table, from 1. */
  public int line() {
    return line;
  }

  /** How many cells the row has: a tool's line may have more or fewer than the table's columns. */
  public int size() {
    return cells.size();
  }

  /** The cell's text, stripped; null when blank or missing. */
  public String text(int column) {
    List<String> texts = texts(column);
    return texts.isEmpty() ? null : String.join("; ", texts);
  }

  /** The cell's entries (a list cell's elements, or a text cell's text); empty when blank or missing. */
  public List<String> texts(int column) {
    return column < cells.size() ? cells.get(column) : List.of();
  }

  boolean isBlank() {
    return cells.stream().allMatch(List::isEmpty);
  }
}
