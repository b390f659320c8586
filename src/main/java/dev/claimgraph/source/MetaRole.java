package dev.claimgraph.source;

import java.util.Locale;
import java.util.Map;

/** What a metadata heading or key introduces. */
enum MetaRole {
    TITLE,
    AUTHORS,
    AFFILIATIONS,
    DATE,
    TAKEAWAYS,
    ABSTRACT,
    SOURCE;

    private static final Map<String, MetaRole> NAMES = Map.ofEntries(
            Map.entry("paper", TITLE),
            Map.entry("title", TITLE),
            Map.entry("paper title", TITLE),
            Map.entry("paper name", TITLE),
            Map.entry("论文标题", TITLE),
            Map.entry("论文题目", TITLE),
            Map.entry("标题", TITLE),
            Map.entry("题目", TITLE),
            Map.entry("author", AUTHORS),
            Map.entry("authors", AUTHORS),
            Map.entry("作者", AUTHORS),
            Map.entry("affiliation", AFFILIATIONS),
            Map.entry("affiliations", AFFILIATIONS),
            Map.entry("institution", AFFILIATIONS),
            Map.entry("institutions", AFFILIATIONS),
            Map.entry("organisation", AFFILIATIONS),
            Map.entry("organisations", AFFILIATIONS),
            Map.entry("organization", AFFILIATIONS),
            Map.entry("organizations", AFFILIATIONS),
            Map.entry("机构", AFFILIATIONS),
            Map.entry("单位", AFFILIATIONS),
            Map.entry("作者单位", AFFILIATIONS),
            Map.entry("date", DATE),
            Map.entry("published", DATE),
            Map.entry("publication date", DATE),
            Map.entry("日期", DATE),
            Map.entry("发表日期", DATE),
            Map.entry("发布日期", DATE),
            Map.entry("key takeaways", TAKEAWAYS),
            Map.entry("takeaways", TAKEAWAYS),
            Map.entry("highlights", TAKEAWAYS),
            Map.entry("key points", TAKEAWAYS),
            Map.entry("summary", TAKEAWAYS),
            Map.entry("要点", TAKEAWAYS),
            Map.entry("核心要点", TAKEAWAYS),
            Map.entry("主要贡献", TAKEAWAYS),
            Map.entry("abstract", ABSTRACT),
            Map.entry("摘要", ABSTRACT),
            Map.entry("source", SOURCE));

    /**
     * The role a heading or key names ("Paper Title", "Affiliation(s)", "作者"), ignoring case,
     * a trailing colon and an "(s)" plural, or null.
     */
    static MetaRole of(String name) {
        if (name.length() > 40) {
            return null;
        }
        String key = name.strip();
        while (!key.isEmpty() && (key.endsWith(":") || key.endsWith("："))) {
            key = key.substring(0, key.length() - 1).strip();
        }
        key = Whitespace.collapse(key.replace("(s)", "s")).toLowerCase(Locale.ROOT);
        return NAMES.get(key);
    }
}
