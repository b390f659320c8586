package dev.claimgraph.bench;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/** Lays a paper plan out as Markdown notes whose results table is either a pipe table or pasted HTML. */
final class MarkdownRenderer {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final boolean html;

    MarkdownRenderer(boolean html) {
        this.html = html;
    }

    String render(PaperPlan plan, SplittableRandom random) {
        return html ? renderHtml(plan, random) : renderPipe(plan, random);
    }

    private String renderPipe(PaperPlan plan, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(plan.line()).append(" — reading notes (").append(plan.date().plusDays(2))
                .append(")\n\n");
        out.append("- **Paper:** ").append(plan.title()).append('\n');
        out.append("- **Authors:** ").append(String.join(", ", plan.authors())).append(", et al.\n");
        out.append("- **Affiliation:** ").append(plan.organisation()).append('\n');
        out.append("- **Date:** ").append(plan.date()).append("\n\n");
        out.append("## Key takeaways\n\n");
        int n = 1;
        out.append(n++).append(". ").append(Prose.lineup(plan, random)).append('\n');
        if (plan.contextTokens() > 0) {
            out.append(n++).append(". ").append(Prose.context(plan)).append('\n');
        }
        for (String filler : plan.fillers()) {
            out.append(n++).append(". ").append(filler).append('\n');
        }
        out.append("\n## Main results\n\n| Benchmark | Setting |");
        plan.models().forEach(m -> out.append(' ').append(m.name()).append(" |"));
        out.append("\n|---|---|");
        plan.models().forEach(m -> out.append("---|"));
        out.append('\n');
        for (PoolBenchmark b : plan.benchmarks()) {
            out.append("| ").append(b.name()).append(" | ").append(b.setting()).append(" |");
            for (PoolModel m : plan.models()) {
                Result r = plan.result(m, b);
                out.append(' ').append(r == null ? "-" : r.text()).append(" |");
            }
            out.append('\n');
        }
        comparisons(out.append("\n## Versus other models\n\n"), plan, random);
        return out.toString();
    }

    private String renderHtml(PaperPlan plan, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(plan.line()).append(": benchmark results (main table of the report)\n\n");
        out.append("Source: *").append(plan.title()).append("*, ").append(plan.authors().get(0)).append(" et al., ")
                .append(plan.organisation()).append(", ").append(MONTH_YEAR.format(plan.date())).append(".\n");
        out.append("Copied the main table into my notes; the setting is printed under each score.\n\n");
        out.append("<table>\n  <tr>\n    <th>Benchmark</th>");
        plan.models().forEach(m -> out.append("<th>").append(m.name()).append("</th>"));
        out.append("\n  </tr>\n");
        for (PoolBenchmark b : plan.benchmarks()) {
            out.append("  <tr>\n    <td>").append(b.name()).append("</td>\n");
            for (PoolModel m : plan.models()) {
                Result r = plan.result(m, b);
                out.append("    <td>");
                if (r != null) {
                    out.append(r.text()).append("<br><small>").append(b.setting()).append("</small>");
                }
                out.append("</td>\n");
            }
            out.append("  </tr>\n");
        }
        out.append("</table>\n\nNote: ");
        comparisons(out, plan, random);
        return out.toString();
    }

    private static void comparisons(StringBuilder out, PaperPlan plan, SplittableRandom random) {
        for (int i = 0; i < plan.comparisons().size(); i++) {
            out.append(i == 0 ? "" : " ").append(Prose.comparison(plan.comparisons().get(i), random));
        }
        out.append('\n');
    }
}
