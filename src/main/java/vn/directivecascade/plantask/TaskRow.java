package vn.directivecascade.plantask;

import java.util.List;

/**
 * One row of a task table as written (entered while drafting or imported): TT, Nội dung công việc,
 * Cơ quan chủ trì, Cơ quan phối hợp (several per cell), Sản phẩm, Thời gian, Ghi chú.
 */
public record TaskRow(String number, String content, String lead, List<String> cooperators, String product,
    String timeFrame, String note) {
}
