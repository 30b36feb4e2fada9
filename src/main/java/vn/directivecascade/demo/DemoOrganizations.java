package vn.directivecascade.demo;

import static vn.directivecascade.organization.OrganizationLevel.CENTRAL;
import static vn.directivecascade.organization.OrganizationLevel.DEPARTMENT;
import static vn.directivecascade.organization.OrganizationLevel.PROVINCE;
import static vn.directivecascade.organization.OrganizationLevel.UNIT;

import java.util.List;
import vn.directivecascade.organization.OrganizationLevel;

/** The 2020 shape of the organisations named in the source documents (DESIGN.md §1). */
public final class DemoOrganizations {

  public record Entry(String code, String name, OrganizationLevel level, String parentCode) {
  }

  /** Parents come before their children. */
  public static final List<Entry> TREE = List.of(
      new Entry("ban-bi-thu", "Ban Bí thư Trung ương Đảng", CENTRAL, null),
      new Entry("chinh-phu", "Thủ tướng Chính phủ", CENTRAL, "ban-bi-thu"),

      new Entry("lai-chau", "UBND tỉnh Lai Châu", PROVINCE, "chinh-phu"),
      new Entry("ha-noi", "UBND thành phố Hà Nội", PROVINCE, "chinh-phu"),
      new Entry("soc-trang", "UBND tỉnh Sóc Trăng", PROVINCE, "chinh-phu"),
      new Entry("kon-tum", "UBND tỉnh Kon Tum", PROVINCE, "chinh-phu"),

      new Entry("lai-chau-syt", "Sở Y tế tỉnh Lai Châu", DEPARTMENT, "lai-chau"),
      new Entry("lai-chau-sldtbxh", "Sở Lao động – Thương binh và Xã hội tỉnh Lai Châu", DEPARTMENT, "lai-chau"),
      new Entry("lai-chau-ldld", "Liên đoàn Lao động tỉnh Lai Châu", DEPARTMENT, "lai-chau"),
      new Entry("lai-chau-snv", "Sở Nội vụ tỉnh Lai Châu", DEPARTMENT, "lai-chau"),
      new Entry("lai-chau-stp", "Sở Tư pháp tỉnh Lai Châu", DEPARTMENT, "lai-chau"),
      new Entry("lai-chau-skhdt", "Sở Kế hoạch và Đầu tư tỉnh Lai Châu", DEPARTMENT, "lai-chau"),

      new Entry("lai-chau-syt-bvdk", "Bệnh viện Đa khoa tỉnh Lai Châu", UNIT, "lai-chau-syt"),
      new Entry("lai-chau-syt-cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu", UNIT, "lai-chau-syt"),
      new Entry("lai-chau-syt-ttyt-tam-duong", "Trung tâm Y tế huyện Tam Đường", UNIT, "lai-chau-syt"),
      new Entry("lai-chau-syt-ttyt-phong-tho", "Trung tâm Y tế huyện Phong Thổ", UNIT, "lai-chau-syt"),
      new Entry("lai-chau-syt-ttyt-sin-ho", "Trung tâm Y tế huyện Sìn Hồ", UNIT, "lai-chau-syt"),

      new Entry("lai-chau-ldld-tam-duong", "Liên đoàn Lao động huyện Tam Đường", UNIT, "lai-chau-ldld"),
      new Entry("lai-chau-ldld-phong-tho", "Liên đoàn Lao động huyện Phong Thổ", UNIT, "lai-chau-ldld"),
      new Entry("lai-chau-ldld-than-uyen", "Liên đoàn Lao động huyện Than Uyên", UNIT, "lai-chau-ldld"),
      new Entry("lai-chau-ldld-thanh-pho", "Liên đoàn Lao động thành phố Lai Châu", UNIT, "lai-chau-ldld"),

      new Entry("ha-noi-sldtbxh", "Sở Lao động – Thương binh và Xã hội thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-snv", "Sở Nội vụ thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-stp", "Sở Tư pháp thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-skhdt", "Sở Kế hoạch và Đầu tư thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-stttt", "Sở Thông tin và Truyền thông thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-ldld", "Liên đoàn Lao động thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      // Further agencies the task table of Kế hoạch 131/KH-UBND assigns work to.
      new Entry("ha-noi-stc", "Sở Tài chính thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-sct", "Sở Công Thương thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-syt", "Sở Y tế thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-sgddt", "Sở Giáo dục và Đào tạo thành phố Hà Nội", DEPARTMENT, "ha-noi"),
      new Entry("ha-noi-svhttdl", "Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội", DEPARTMENT, "ha-noi"),

      new Entry("soc-trang-sldtbxh", "Sở Lao động – Thương binh và Xã hội tỉnh Sóc Trăng", DEPARTMENT, "soc-trang"),
      new Entry("soc-trang-snv", "Sở Nội vụ tỉnh Sóc Trăng", DEPARTMENT, "soc-trang"),
      new Entry("soc-trang-skhdt", "Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng", DEPARTMENT, "soc-trang"),
      new Entry("soc-trang-ldld", "Liên đoàn Lao động tỉnh Sóc Trăng", DEPARTMENT, "soc-trang"),

      new Entry("kon-tum-snv", "Sở Nội vụ tỉnh Kon Tum", DEPARTMENT, "kon-tum"),
      new Entry("kon-tum-ldld", "Liên đoàn Lao động tỉnh Kon Tum", DEPARTMENT, "kon-tum"));

  private DemoOrganizations() {
  }
}
