package dev.claimgraph.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Lays a paper plan out as plain-text reading notes, with English or Chinese headings. */
final class NotesRenderer {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private final boolean chinese;

    NotesRenderer(boolean chinese) {
        this.chinese = chinese;
    }

    String render(PaperPlan plan, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        out.append(plan.date().plusDays(3 + random.nextInt(20))).append("论文解读\n\n");
        heading(out, chinese ? "论文标题" : "Paper Title", plan.title());
        heading(out, chinese ? "作者" : "Authors",
                String.join(", ", plan.authors()) + (chinese ? " 等" : ", et al."));
        heading(out, chinese ? "机构" : "Affiliations", plan.organisation());
        heading(out, chinese ? "日期" : "Date", chinese
                ? plan.date().getYear() + "年" + plan.date().getMonthValue() + "月" + plan.date().getDayOfMonth() + "日"
                : MONTH.format(plan.date()) + " " + ordinal(plan.date().getDayOfMonth()) + ", " + plan.date().getYear());
        out.append(chinese ? "要点" : "Key Takeaways").append("\n\n");
        List<String> items = takeaways(plan, random);
        for (int i = 0; i < items.size(); i++) {
            out.append(chinese ? "  · " : "  " + (i + 1) + ". ").append(items.get(i)).append("\n\n");
        }
        out.append(chinese ? "摘要" : "Abstract").append("\n\n").append(Prose.abstractText(plan)).append('\n');
        return out.toString();
    }

    static List<String> takeaways(PaperPlan plan, SplittableRandom random) {
        List<String> items = new ArrayList<>();
        items.add(Prose.lineup(plan, random));
        if (plan.contextTokens() > 0) {
            items.add(Prose.context(plan));
        }
        for (PoolBenchmark b : plan.benchmarks()) {
            String s = Prose.scores(plan, b, random);
            if (s != null) {
                items.add(s);
            }
        }
        for (Comparison c : plan.comparisons()) {
            items.add(Prose.comparison(c, random));
        }
        for (String filler : plan.fillers()) {
            items.add(1 + random.nextInt(items.size()), filler);
        }
        return items;
    }

    private static void heading(StringBuilder out, String heading, String value) {
        out.append(heading).append("\n\n").append(value).append("\n\n");
    }

    private static String ordinal(int day) {
        String suffix = day % 100 >= 11 && day % 100 <= 13 ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }
}
