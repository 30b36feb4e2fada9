package vn.directivecascade.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directivecascade.reading.DocumentReading.Role;

/** "Nơi nhận" and the signing block as conversions leave them. */
class ClosingBlockTest {

  private static ClosingBlock closing(String text) {
    return new ClosingBlock(new DocumentLines(text).lines(), 0);
  }

  @Test
  void rolesFromMarksAndHeadingsAndTheArchiveLineIsNoRecipient() {
    ClosingBlock closing = closing("""
        Nơi nhận:
        Để báo cáo:
        - Bộ Lao động - Thương binh và Xã hội;
        - TT Tỉnh ủy, TT HĐND tỉnh (để b/c);- Các sở, ban, ngành tỉnh (t/h);
        - Báo Lai Châu, Đài PT-TH tỉnh,
        Cổng thông tin điện tử tỉnh;
        - Lưu: VT, VX.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        (Đã ký)
        Trần Ngọc Căng
        """);
    assertThat(closing.recipients).extracting(ClosingBlock.Line::name).containsExactly("Bộ Lao động - Thương binh và Xã hội",
        "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh", "Báo Lai Châu, Đài PT-TH tỉnh, Cổng thông tin điện tử tỉnh");
    assertThat(closing.recipients).extracting(ClosingBlock.Line::role).containsExactly(Role.report, Role.report, Role.implement, Role.report);
    assertThat(closing.signatory).isEqualTo(new DocumentReading.Signatory("Trần Ngọc Căng", "KT", "PHÓ CHỦ TỊCH"));
    assertThat(closing.warnings).isEmpty();
  }

  @Test
  void flattenedBracesAfterTheArchiveLineLeaveTheRolesOpenWithAWarning() {
    ClosingBlock closing = closing("""
        Nơi nhận:
        - Tổng LĐLĐ Việt Nam;
        - Công đoàn các cấp;
        - Lưu: VT.
        - } (Báo cáo)
        - } (Để thực hiện)
        TM. BAN THƯỜNG VỤ
        CHỦ TỊCH
        Hoàng Thọ Trung
        """);
    assertThat(closing.recipients).extracting(ClosingBlock.Line::role).containsOnlyNulls();
    assertThat(closing.warnings).singleElement().asString().contains("dấu ngoặc");
    assertThat(closing.signatory).isEqualTo(new DocumentReading.Signatory("Hoàng Thọ Trung", "TM", "CHỦ TỊCH"));
  }

  @Test
  void bracesMovedBelowTheArchiveLineGiveTheirRolesToTheRunsInOrder() {
    ClosingBlock closing = closing("""
        Nơi nhận:
        - Tổng LĐLĐ Việt Nam;
        - Thường trực Tỉnh ủy;
        - Sở LĐTB và Xã hội; (Để phối hợp)
        - Ban Thường vụ LĐLĐ tỉnh;
        - Công đoàn các cấp;
        - Lưu: VT.
        - } (Báo cáo)
        - } (Để thực hiện)
        """);
    assertThat(closing.recipients).extracting(ClosingBlock.Line::name).containsExactly("Tổng LĐLĐ Việt Nam", "Thường trực Tỉnh ủy",
        "Sở LĐTB và Xã hội", "Ban Thường vụ LĐLĐ tỉnh", "Công đoàn các cấp");
    assertThat(closing.recipients).extracting(ClosingBlock.Line::role).containsExactly(Role.report, Role.report, Role.cooperate,
        Role.implement, Role.implement);
    assertThat(closing.warnings).singleElement().asString().contains("suy ra từ dấu ngoặc");
  }

  @Test
  void aBraceInPlaceIsTheRoleOfTheRunAboveIt() {
    ClosingBlock closing = closing("""
        Nơi nhận:
        - Bộ Y tế;
        - TT Tỉnh ủy;
        } (b/c)
        - Các sở, ban, ngành;
        - UBND các huyện;
        } (t/h)
        - Lưu: VT.
        """);
    assertThat(closing.recipients).extracting(ClosingBlock.Line::role).containsExactly(Role.report, Role.report, Role.implement, Role.implement);
    assertThat(closing.warnings).as("a brace in place leaves nothing to guess").isEmpty();
  }

  @Test
  void recipientsRunIntoOneLineAreOneEachAndShareTheLinesMark() {
    ClosingBlock closing = closing("""
        Nơi nhận:
        - TTr Tỉnh ủy; TTr HĐND tỉnh (b/c);
        - Như Điều 3; Văn phòng Chính phủ;
        - Lưu: VT, KSTT. TM. ỦY BAN NHÂN DÂN
        """);
    assertThat(closing.recipients).extracting(ClosingBlock.Line::name).containsExactly("TTr Tỉnh ủy", "TTr HĐND tỉnh", "Như Điều 3",
        "Văn phòng Chính phủ");
    assertThat(closing.recipients).extracting(ClosingBlock.Line::role).containsExactly(Role.report, Role.report, null, null);
    assertThat(closing.recipients.get(1).source()).isEqualTo("- TTr Tỉnh ủy; TTr HĐND tỉnh (b/c);");
  }

  @Test
  void aSigningBlockWithoutItsNameKeepsCapacityAndPosition() {
    ClosingBlock closing = closing("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n");
    assertThat(closing.signatory).isEqualTo(new DocumentReading.Signatory(null, "KT", "PHÓ CHỦ TỊCH"));
    assertThat(closing.recipients).extracting(ClosingBlock.Line::name).isEqualTo(List.of("Như trên"));
  }
}
