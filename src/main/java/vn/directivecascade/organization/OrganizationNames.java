package vn.directivecascade.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds organisations as documents write them: by code, by full name ("Sở Y tế tỉnh Lai Châu") or
 * by the name without its locality ("Sở Y tế"), ignoring case, dash style and old-style tone marks
 * ("Uỷ ban" / "Ủy ban"). A short name that several organisations share is resolved inside the
 * issuer's own tree; where it still names several, or none, the caller is told which.
 */
public final class OrganizationNames {

  /** One organisation of the tree. */
  public record Entry(String code, String name, String parentCode) {
  }

  /** What a name stands for: exactly one organisation, several, or none. */
  public record Match(String text, List<Entry> candidates) {

    public Optional<Entry> single() {
      return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Why the name does not stand for one organisation, for the person who wrote it. */
    public String problem() {
      if (candidates.isEmpty()) {
        return "không tìm thấy cơ quan '" + text + "'";
      }
      return "'" + text + "' khớp nhiều cơ quan: " + String.join(", ", candidates.stream().map(c -> c.name() + " (" + c.code() + ")").toList());
    }
  }

  private static final Map<String, String> OLD_STYLE_TONES = Map.of("uỷ", "ủy", "hoá", "hóa", "hoà", "hòa", "khoẻ", "khỏe",
      "thuỷ", "thủy", "toà", "tòa");

  private final Map<String, Entry> byCode = new HashMap<>();
  private final List<Entry> entries;

  OrganizationNames(List<Entry> entries) {
    this.entries = entries;
    entries.forEach(entry -> byCode.put(entry.code(), entry));
  }

  /** The names of a tree given as entries, parents before or after their children. */
  public static OrganizationNames of(List<Entry> entries) {
    return new OrganizationNames(List.copyOf(entries));
  }

  /** The organisations directly below {@code code}, in tree order. */
  public List<Entry> children(String code) {
    return entries.stream().filter(entry -> code.equals(entry.parentCode())).toList();
  }

  /** The organisation(s) {@code text} names, preferring those in {@code scopeCode}'s tree (itself and below). */
  public Match match(String text, String scopeCode) {
    String written = text.strip();
    Entry exact = byCode.get(written.toLowerCase(Locale.ROOT));
    if (exact != null) {
      return new Match(written, List.of(exact));
    }
    String key = normalized(written);
    List<Entry> candidates = new ArrayList<>();
    for (Entry entry : entries) {
      String name = normalized(entry.name());
      if (name.equals(key) || name.startsWith(key + " ")) {
        candidates.add(entry);
      }
    }
    List<Entry> fullName = candidates.stream().filter(entry -> normalized(entry.name()).equals(key)).toList();
    if (fullName.size() == 1) {
      return new Match(written, fullName);
    }
    List<Entry> inScope = candidates.stream().filter(entry -> isWithin(entry.code(), scopeCode)).toList();
    return new Match(written, inScope.isEmpty() ? candidates : inScope);
  }

  /**
   * Every organisation a cell names, several per cell: one per line or separated by ";" or ",". A
   * comma may also be part of a name ("Sở Văn hóa, Thể thao và Du lịch"), so the longest run of
   * comma-separated parts that names an organisation is taken first.
   */
  public List<Match> matchAll(String cell, String scopeCode) {
    List<Match> matches = new ArrayList<>();
    for (String chunk : cell.split("[;\\n\\r]+")) {
      String[] parts = chunk.split(",");
      int from = 0;
      while (from < parts.length) {
        if (parts[from].isBlank()) {
          from++;
          continue;
        }
        int to = parts.length;
        Match found = null;
        for (; to > from; to--) {
          Match candidate = match(String.join(",", Arrays.copyOfRange(parts, from, to)), scopeCode);
          if (!candidate.candidates().isEmpty()) {
            found = candidate;
            break;
          }
        }
        if (found == null) {
          matches.add(new Match(parts[from].strip(), List.of()));
          from++;
        } else {
          matches.add(found);
          from = to;
        }
      }
    }
    return matches;
  }

  /** Whether {@code code} is {@code ancestorCode} or lies below it. */
  public boolean isWithin(String code, String ancestorCode) {
    for (Entry entry = byCode.get(code); entry != null; entry = entry.parentCode() == null ? null : byCode.get(entry.parentCode())) {
      if (entry.code().equals(ancestorCode)) {
        return true;
      }
    }
    return false;
  }

  public Optional<Entry> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Organisations whose name holds every word of {@code query}, as people type it: without tone
   * marks or with them ("lai chau" finds "UBND tỉnh Lai Châu"); only {@code withinCode}'s tree when
   * given; at most {@code limit}, in tree order.
   */
  public List<Entry> search(String query, String withinCode, int limit) {
    List<String> words = Arrays.stream(searchable(query).split(" ")).filter(word -> !word.isEmpty()).toList();
    return entries.stream()
        .filter(entry -> withinCode == null || isWithin(entry.code(), withinCode))
        .filter(entry -> {
          String name = searchable(entry.name());
          return words.stream().allMatch(name::contains);
        })
        .limit(limit).toList();
  }

  /** Lower case without tone marks, đ as d, one space between words. */
  private static String searchable(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String normalized(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s*[-–—]\\s*", " - ").replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ").strip();
    for (Map.Entry<String, String> tone : OLD_STYLE_TONES.entrySet()) {
      text = text.replace(tone.getKey(), tone.getValue());
    }
    return text;
  }
}
