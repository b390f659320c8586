package dev.claimgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.ScoreClaim;
import dev.claimgraph.source.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryGeneratorTest {

    private static final Lexicon LEXICON = Lexicon.bundled();

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Corpus.write(new SummaryGenerator(LEXICON, 7), 60, dir.resolve("a"));
        Corpus.write(new SummaryGenerator(LEXICON, 7), 60, dir.resolve("b"));
        List<Path> a = files(dir.resolve("a"));
        List<Path> b = files(dir.resolve("b"));
        assertThat(a).hasSize(60);
        assertThat(a.stream().map(p -> p.getFileName().toString()).toList())
                .isEqualTo(b.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
        }
    }

    @Test
    void aSummaryDoesNotDependOnTheOthersGenerated() {
        SummaryGenerator one = new SummaryGenerator(LEXICON, 7);
        SummaryGenerator other = new SummaryGenerator(LEXICON, 7);
        other.generate(3);
        assertThat(other.generate(17)).isEqualTo(one.generate(17));
    }

    @Test
    void differentSeedsGiveDifferentSummaries() {
        SummaryGenerator a = new SummaryGenerator(LEXICON, 1);
        SummaryGenerator b = new SummaryGenerator(LEXICON, 2);
        int same = 0;
        for (int i = 0; i < 20; i++) {
            if (a.generate(i).text().equals(b.generate(i).text())) {
                same++;
            }
        }
        assertThat(same).isZero();
    }

    @Test
    void fileNamesAreUnique() {
        SummaryGenerator g = new SummaryGenerator(LEXICON, 3);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            assertThat(names.add(g.generate(i).fileName())).isTrue();
        }
    }

    @Test
    void everyStyleIsProducedAndExtractedWithScores() throws Exception {
        SummaryGenerator g = new SummaryGenerator(LEXICON, 42);
        Extractor extractor = new Extractor(LEXICON);
        SourceReader reader = new SourceReader();
        Set<SummaryStyle> styles = EnumSet.noneOf(SummaryStyle.class);
        for (int i = 0; i < 200; i++) {
            GeneratedSummary s = g.generate(i);
            styles.add(s.style());
            ExtractionResult result = extractor.extract(reader.read(s.fileName(), s.text()));
            assertThat(result.claims(ScoreClaim.class)).as(s.fileName()).hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(styles).containsExactlyInAnyOrder(SummaryStyle.values());
    }

    @Test
    void stylesLookLikeTheSamples() {
        SummaryGenerator g = new SummaryGenerator(LEXICON, 42);
        boolean chinese = false;
        boolean pipe = false;
        boolean html = false;
        boolean json = false;
        for (int i = 0; i < 200; i++) {
            GeneratedSummary s = g.generate(i);
            chinese |= s.style() == SummaryStyle.NOTES_ZH && s.text().contains("论文标题") && s.text().contains("要点");
            pipe |= s.style() == SummaryStyle.MARKDOWN_PIPE && s.text().contains("|---|") && s.text().contains("**Paper:**");
            html |= s.style() == SummaryStyle.MARKDOWN_HTML && s.text().contains("<table>") && s.text().contains("<small>");
            json |= s.style() == SummaryStyle.JSON && s.text().startsWith("{") && s.text().contains("\"takeaways\"");
        }
        assertThat(List.of(chinese, pipe, html, json)).containsOnly(true);
    }

    @Test
    void scoresRecurAcrossDocuments() throws Exception {
        // Leaderboards, corroborations and conflicts need the same (model, benchmark, setting) in several papers.
        SummaryGenerator g = new SummaryGenerator(LEXICON, 42);
        Extractor extractor = new Extractor(LEXICON);
        SourceReader reader = new SourceReader();
        java.util.Map<String, Set<Double>> scores = new java.util.HashMap<>();
        java.util.Map<String, Integer> docs = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {
            GeneratedSummary s = g.generate(i);
            for (ScoreClaim c : extractor.extract(reader.read(s.fileName(), s.text())).claims(ScoreClaim.class)) {
                String key = c.model() + "|" + c.benchmark() + "|" + c.setting();
                scores.computeIfAbsent(key, k -> new HashSet<>()).add(c.score().doubleValue());
                docs.merge(key, 1, Integer::sum);
            }
        }
        long corroborated = docs.values().stream().filter(n -> n > 1).count();
        long conflicting = scores.values().stream().filter(v -> v.size() > 1).count();
        assertThat(corroborated).isGreaterThan(20);
        assertThat(conflicting).isGreaterThan(5);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
