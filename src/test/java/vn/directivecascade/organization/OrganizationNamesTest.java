package vn.directivecascade.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.directivecascade.organization.OrganizationNames.Entry;
import vn.directivecascade.organization.OrganizationNames.Match;

/**
 * Organisations are found as documents write them: by code, by full name, or by the name without
 * its locality resolved inside the issuer's tree; case, dash style and old-style tone marks do not
 * matter, and a name that stands for several organisations or none is reported as such.
 */
class OrganizationNamesTest {

  private static final Entry VIET_NAM = new Entry("vn", "Chính phủ", null);
  private static final Entry HA_NOI = new Entry("ha-noi", "Uỷ ban nhân dân thành phố Hà Nội", "vn");
  private static final Entry HA_NOI_HEALTH = new Entry("ha-noi-syt", "Sở Y tế thành phố Hà Nội", "ha-noi");
  private static final Entry HA_NOI_CULTURE = new Entry("ha-noi-svhttdl", "Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội", "ha-noi");
  private static final Entry HA_NOI_LABOUR = new Entry("ha-noi-sldtbxh", "Sở Lao động – Thương binh và Xã hội thành phố Hà Nội", "ha-noi");
  private static final Entry HA_NOI_UNIONS = new Entry("ha-noi-ldld", "Liên đoàn Lao động thành phố Hà Nội", "ha-noi");
  private static final Entry LAI_CHAU = new Entry("lai-chau", "Ủy ban nhân dân tỉnh Lai Châu", "vn");
  private static final Entry LAI_CHAU_HEALTH = new Entry("lai-chau-syt", "Sở Y tế tỉnh Lai Châu", "lai-chau");
  private static final Entry LAI_CHAU_UNIONS = new Entry("lai-chau-ldld", "Liên đoàn Lao động tỉnh Lai Châu", "lai-chau");
  private static final Entry LAI_CHAU_CITY_UNIONS = new Entry("lai-chau-ldld-tp", "Liên đoàn Lao động thành phố Lai Châu", "lai-chau-ldld");

  private final OrganizationNames names = new OrganizationNames(List.of(VIET_NAM, HA_NOI, HA_NOI_HEALTH, HA_NOI_CULTURE,
      HA_NOI_LABOUR, HA_NOI_UNIONS, LAI_CHAU, LAI_CHAU_HEALTH, LAI_CHAU_UNIONS, LAI_CHAU_CITY_UNIONS));

  @Test
  void aCodeNamesItsOrganisationWhateverItsCaseAndSurroundingSpaces() {
    assertThat(names.match("ha-noi-syt", null).single()).contains(HA_NOI_HEALTH);
    assertThat(names.match("  LAI-CHAU-SYT ", "ha-noi").single()).contains(LAI_CHAU_HEALTH);
  }

  @Test
  void aFullNameNamesItsOrganisationEvenOutsideTheScope() {
    assertThat(names.match("Sở Y tế thành phố Hà Nội", null).single()).contains(HA_NOI_HEALTH);
    assertThat(names.match("Sở Y tế tỉnh Lai Châu", "ha-noi").single()).contains(LAI_CHAU_HEALTH);
  }

  @Test
  void aShortNameIsResolvedInsideTheScope() {
    assertThat(names.match("Sở Y tế", "ha-noi").single()).contains(HA_NOI_HEALTH);
    assertThat(names.match("Sở Y tế", "lai-chau").single()).contains(LAI_CHAU_HEALTH);
    assertThat(names.match("Liên đoàn Lao động", "ha-noi").single()).contains(HA_NOI_UNIONS);
  }

  @Test
  void aShortNameSharedOutsideAnyScopeNamesSeveralAndSaysWhich() {
    Match match = names.match("Sở Y tế", null);

    assertThat(match.candidates()).containsExactly(HA_NOI_HEALTH, LAI_CHAU_HEALTH);
    assertThat(match.single()).isEmpty();
    assertThat(match.problem())
        .isEqualTo("'Sở Y tế' khớp nhiều cơ quan: Sở Y tế thành phố Hà Nội (ha-noi-syt), Sở Y tế tỉnh Lai Châu (lai-chau-syt)");
  }

  @Test
  void aScopeContainingSeveralOrganisationsOfTheNameLeavesThemAll() {
    // the provincial federation and the city federation below it are both in Lai Châu's tree
    assertThat(names.match("Liên đoàn Lao động", "lai-chau").candidates()).containsExactly(LAI_CHAU_UNIONS, LAI_CHAU_CITY_UNIONS);
    assertThat(names.match("Sở Y tế", "vn").candidates()).containsExactly(HA_NOI_HEALTH, LAI_CHAU_HEALTH);
  }

  @Test
  void anUnknownNameNamesNoneAndSaysSo() {
    Match match = names.match("Sở Giáo dục và Đào tạo", "ha-noi");

    assertThat(match.candidates()).isEmpty();
    assertThat(match.single()).isEmpty();
    assertThat(match.problem()).isEqualTo("không tìm thấy cơ quan 'Sở Giáo dục và Đào tạo'");
  }

  @Test
  void aNameIsOnlyAPrefixAtAWordBoundary() {
    // a word cut short names nothing; "Sở Văn hóa" is followed by a comma, not a word, in the full name
    assertThat(names.match("Sở Y t", "ha-noi").candidates()).isEmpty();
    assertThat(names.match("Sở Văn hóa", "ha-noi").candidates()).isEmpty();
  }

  @Test
  void everyDashStyleWithOrWithoutSpacesIsTheSame() {
    for (String written : List.of("Sở Lao động – Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
        "Sở Lao động — Thương binh và Xã hội", "Sở Lao động-Thương binh và Xã hội", "Sở Lao động–Thương binh và Xã hội",
        "Sở Lao động —Thương binh và Xã hội", "Sở Lao động-Thương binh và Xã hội thành phố Hà Nội")) {
      assertThat(names.match(written, "ha-noi").single()).as(written).contains(HA_NOI_LABOUR);
    }
  }

  @Test
  void oldAndNewStyleToneMarksAreTheSame() {
    assertThat(names.match("Ủy ban nhân dân thành phố Hà Nội", null).single()).contains(HA_NOI);
    assertThat(names.match("Uỷ ban nhân dân tỉnh Lai Châu", null).single()).contains(LAI_CHAU);
    assertThat(names.match("Sở Văn hoá, Thể thao và Du lịch", "ha-noi").single()).contains(HA_NOI_CULTURE);
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(names.match("SỞ Y TẾ THÀNH PHỐ HÀ NỘI", null).single()).contains(HA_NOI_HEALTH);
    assertThat(names.match("sở y tế", "lai-chau").single()).contains(LAI_CHAU_HEALTH);
    assertThat(names.match("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ LAI CHÂU", null).single()).contains(LAI_CHAU_CITY_UNIONS);
  }

  @Test
  void aCellIsSplitByLinesSemicolonsAndCommas() {
    List<Match> matches = names.matchAll("Sở Y tế\nLiên đoàn Lao động; Sở Lao động – Thương binh và Xã hội,Uỷ ban nhân dân thành phố Hà Nội", "ha-noi");

    assertThat(matches).extracting(match -> match.single().orElseThrow())
        .containsExactly(HA_NOI_HEALTH, HA_NOI_UNIONS, HA_NOI_LABOUR, HA_NOI);
  }

  @Test
  void aCommaInsideANameDoesNotSplitIt() {
    List<Match> matches = names.matchAll("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế", "ha-noi");

    assertThat(matches).containsExactly(new Match("Sở Văn hóa, Thể thao và Du lịch", List.of(HA_NOI_CULTURE)),
        new Match("Sở Y tế", List.of(HA_NOI_HEALTH)));
    assertThat(names.matchAll("Sở Y tế, Sở Văn hóa, Thể thao và Du lịch", "ha-noi")).extracting(match -> match.single().orElseThrow())
        .containsExactly(HA_NOI_HEALTH, HA_NOI_CULTURE);
    assertThat(names.matchAll("Sở Văn hóa,Thể thao và Du lịch ; Sở Y tế", "ha-noi")).as("however the comma is spaced")
        .extracting(match -> match.single().orElseThrow()).containsExactly(HA_NOI_CULTURE, HA_NOI_HEALTH);
  }

  @Test
  void anUnknownPartOfACellIsReportedUnmatchedBetweenTheOthers() {
    List<Match> matches = names.matchAll("Sở Y tế;  Sở Giáo dục và Đào tạo ,Liên đoàn Lao động\r\n\r\n", "ha-noi");

    assertThat(matches).containsExactly(new Match("Sở Y tế", List.of(HA_NOI_HEALTH)),
        new Match("Sở Giáo dục và Đào tạo", List.of()), new Match("Liên đoàn Lao động", List.of(HA_NOI_UNIONS)));
    assertThat(matches.get(1).problem()).isEqualTo("không tìm thấy cơ quan 'Sở Giáo dục và Đào tạo'");
  }

  @Test
  void anAmbiguousPartOfACellKeepsItsCandidates() {
    assertThat(names.matchAll("Sở Y tế, Liên đoàn Lao động", "lai-chau")).containsExactly(
        new Match("Sở Y tế", List.of(LAI_CHAU_HEALTH)), new Match("Liên đoàn Lao động", List.of(LAI_CHAU_UNIONS, LAI_CHAU_CITY_UNIONS)));
  }

  @Test
  void anOrganisationIsWithinItselfAndEveryAncestor() {
    assertThat(names.isWithin("lai-chau-ldld-tp", "lai-chau-ldld-tp")).isTrue();
    assertThat(names.isWithin("lai-chau-ldld-tp", "lai-chau-ldld")).isTrue();
    assertThat(names.isWithin("lai-chau-ldld-tp", "lai-chau")).isTrue();
    assertThat(names.isWithin("lai-chau-ldld-tp", "vn")).isTrue();
    assertThat(names.isWithin("lai-chau-ldld-tp", "ha-noi")).isFalse();
    assertThat(names.isWithin("lai-chau", "lai-chau-ldld")).as("an ancestor is not within its descendant").isFalse();
    assertThat(names.isWithin("unknown", "vn")).isFalse();
    assertThat(names.isWithin("ha-noi-syt", null)).isFalse();
  }
}
