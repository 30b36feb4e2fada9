package vn.directivecascade.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.directivecascade.organization.OrganizationNames;

/**
 * Finds the organisations a document's phrase means, inside the issuer's province: a name as
 * written, shortened ("Sở Y tế", "UBND tỉnh", "LĐLĐ tỉnh", "Sở LĐ-TB&XH") or collective ("các sở, ban,
 * ngành", "các đơn vị trực thuộc", "Liên đoàn Lao động các huyện, thành phố").
 */
final class OrganizationPhrases {

  /**
   * What follows a comma inside a body's name rather than between two names: "Bộ Lao động, Thương
   * binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch" (a lookahead, for the patterns that end names at commas).
   */
  static final String INSIDE_NAME = "(?-i:(?=\\s*\\p{Lu}\\p{Ll}*(?:\\s+\\p{Ll}+)?\\s+và\\s+\\p{Lu}))";

  /** Shortened names as documents write them, and the names of the organisation tree. */
  private static final Map<Pattern, String> SHORT_NAMES = new LinkedHashMap<>();

  static {
    shortName("(?:ủy|uỷ) ban nhân dân", "UBND");
    shortName("sở (?:lđ|lao động)\\s*[-–,]?\\s*(?:tb|thương binh)\\s*(?:&|và)\\s*(?:xh|xã hội)|sở lđtbxh|sở lđ-tbxh|sở lđtb&xh",
        "Sở Lao động – Thương binh và Xã hội");
    shortName("sở kh\\s*(?:&|và)\\s*đt|sở khđt", "Sở Kế hoạch và Đầu tư");
    shortName("sở tt\\s*(?:&|và)\\s*tt|sở tttt", "Sở Thông tin và Truyền thông");
    shortName("sở gd\\s*(?:&|và)\\s*đt|sở gdđt", "Sở Giáo dục và Đào tạo");
    shortName("sở vh\\s*,?\\s*tt\\s*(?:&|và)\\s*dl|sở vhttdl", "Sở Văn hóa, Thể thao và Du lịch");
    shortName("lđlđ", "Liên đoàn Lao động");
    shortName("thủ tướng(?! chính phủ)", "Thủ tướng Chính phủ");
    shortName("ban bí thư(?! trung ương)", "Ban Bí thư Trung ương Đảng");
    shortName("tp\\.\\s*", "thành phố ");
  }

  private static void shortName(String written, String name) {
    SHORT_NAMES.put(Pattern.compile("(?<![\\p{L}])(?:" + written + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), name);
  }

  private static final Pattern ALL_DEPARTMENTS = Pattern.compile(
      "^(?:các|thủ trưởng các)\\s+(?:sở\\s*,?\\s*(?:ban\\s*,?\\s*)?ngành|sở\\s*,\\s*ban\\s*,\\s*ngành|cơ quan chuyên môn|sở, ban, ngành, đoàn thể)\\b.*");
  private static final Pattern ISSUERS_UNITS = Pattern.compile(
      "^(?:các|thủ trưởng các)\\s+đơn vị\\s+(?:trực thuộc|trong ngành|thuộc sở|thuộc)\\b.*");
  private static final Pattern PER_DISTRICT = Pattern.compile("^(.+?)\\s+các\\s+(?:huyện|quận|thị xã|thành phố)\\b.*");
  private static final Pattern STATE_AGENCY = Pattern.compile("^(?:sở|ban|văn phòng|thanh tra|cục|chi cục)\\s");
  private static final Pattern PROVINCE_ITSELF = Pattern.compile("^ubnd (?:tỉnh|thành phố)$");

  private final OrganizationNames names;
  private final String provinceCode;
  private final String issuerCode;

  /**
   * @param provinceCode the province (or central body) whose tree names are resolved in; null: none
   * @param issuerCode the issuing organisation, for "các đơn vị trực thuộc"; null if not in the tree
   */
  OrganizationPhrases(OrganizationNames names, String provinceCode, String issuerCode) {
    this.names = names;
    this.provinceCode = provinceCode;
    this.issuerCode = issuerCode;
  }

  /** The one organisation {@code phrase} names, if it names exactly one in the tree. */
  Optional<String> single(String phrase) {
    List<String> codes = codes(phrase);
    return codes.size() == 1 && !isCollective(phrase) ? Optional.of(codes.get(0)) : Optional.empty();
  }

  /** Every organisation of the tree {@code phrase} stands for, sorted by code; empty when none. */
  List<String> codes(String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return List.of();
    }
    // The head of an organisation stands for it ("Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế").
    String folded = DocumentLines.folded(expanded(phrase)).replaceAll("[.;:]+$", "").replaceFirst("^(?:chủ tịch|giám đốc)\\s+", "").strip();
    TreeSet<String> codes = new TreeSet<>();
    if (provinceCode == null) {
      OrganizationNames.Match match = names.match(folded, null);
      return match.single().filter(entry -> DocumentLines.folded(entry.name()).equals(folded)).map(entry -> List.of(entry.code()))
          .orElse(List.of());
    }
    if (ALL_DEPARTMENTS.matcher(folded).matches()) {
      // Departments and sector agencies of the province, not its mass organisations.
      names.children(provinceCode).stream().filter(entry -> STATE_AGENCY.matcher(DocumentLines.folded(entry.name())).find())
          .forEach(entry -> codes.add(entry.code()));
      if (issuerCode != null) {
        codes.remove(issuerCode);
      }
      return List.copyOf(codes);
    }
    if (ISSUERS_UNITS.matcher(folded).matches()) {
      if (issuerCode != null) {
        names.children(issuerCode).forEach(entry -> codes.add(entry.code()));
      }
      return List.copyOf(codes);
    }
    Matcher perDistrict = PER_DISTRICT.matcher(folded);
    if (perDistrict.matches()) {
      String body = perDistrict.group(1);
      for (String district : List.of(" huyện ", " quận ", " thị xã ", " thành phố ")) {
        for (OrganizationNames.Entry entry : below(provinceCode)) {
          if ((DocumentLines.folded(entry.name()) + " ").startsWith(body + district) && !isProvinceLevelCity(entry)) {
            codes.add(entry.code());
          }
        }
      }
      return List.copyOf(codes);
    }
    if (PROVINCE_ITSELF.matcher(folded).matches()) {
      return names.find(provinceCode).map(entry -> List.of(entry.code())).orElse(List.of());
    }
    OrganizationNames.Match match = names.match(folded, provinceCode);
    // Outside the province only a name written in full counts ("Thủ tướng Chính phủ"), not a short one.
    return match.single().filter(entry -> names.isWithin(entry.code(), provinceCode) || DocumentLines.folded(entry.name()).equals(folded))
        .map(entry -> List.of(entry.code())).orElse(List.of());
  }

  static boolean isCollective(String phrase) {
    String folded = DocumentLines.folded(expanded(phrase));
    return ALL_DEPARTMENTS.matcher(folded).matches() || ISSUERS_UNITS.matcher(folded).matches()
        || PER_DISTRICT.matcher(folded).matches();
  }

  /** The phrase with shortened names written out as the tree writes them. */
  static String expanded(String phrase) {
    String text = phrase;
    for (Map.Entry<Pattern, String> shortName : SHORT_NAMES.entrySet()) {
      text = shortName.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(shortName.getValue()));
    }
    return text;
  }

  private List<OrganizationNames.Entry> below(String code) {
    List<OrganizationNames.Entry> found = new ArrayList<>();
    for (OrganizationNames.Entry child : names.children(code)) {
      found.add(child);
      found.addAll(below(child.code()));
    }
    return found;
  }

  /** "Liên đoàn Lao động thành phố Hà Nội" is the city's own federation, not a district's. */
  private boolean isProvinceLevelCity(OrganizationNames.Entry entry) {
    return provinceCode.equals(entry.parentCode());
  }
}
