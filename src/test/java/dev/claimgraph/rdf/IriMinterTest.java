package dev.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IriMinterTest {

    private static final IriMinter BUNDLED = new IriMinter(Lexicon.bundled());

    @TempDir
    Path dir;

    @Test
    void slugsAreReadableForPlainNames() {
        assertThat(IriMinter.slug("Gemini Ultra")).isEqualTo("gemini-ultra");
        assertThat(IriMinter.slug("  Llama 2 (70B) ")).isEqualTo("llama-2-70b");
        assertThat(IriMinter.slug("GPT-4")).isEqualTo("gpt-4");
        assertThat(IriMinter.slug("ＧＰＴ－４")).as("NFKC folds full-width forms").isEqualTo("gpt-4");
        assertThat(BUNDLED.model("Gemini Ultra").getURI()).isEqualTo(CG.ID + "model/gemini-ultra");
        assertThat(BUNDLED.setting(new Setting(null, false, true, 32, null)).getURI())
                .isEqualTo(CG.ID + "setting/cot-32");
        assertThat(BUNDLED.setting(Setting.NONE).getURI()).isEqualTo(CG.ID + "setting/unspecified");
        assertThat(IriMinter.source("gemini-2023.txt").getURI()).isEqualTo(CG.ID + "source/gemini-2023-txt");
    }

    @Test
    void namesThatLoseLettersGetAHash() {
        String chinese = IriMinter.slug("通义千问");
        String other = IriMinter.slug("文心一言");
        assertThat(chinese).matches("[0-9a-f]{8}").isNotEqualTo(other);
        assertThat(IriMinter.slug("Café")).startsWith("caf-").isNotEqualTo(IriMinter.slug("Cafe"));
        assertThat(IriMinter.slug("")).matches("[0-9a-f]{8}");
        assertThat(IriMinter.slug("!!!")).matches("[0-9a-f]{8}").isNotEqualTo(IriMinter.slug("???"));
    }

    @Test
    void longNamesAreCutAndHashed() {
        String a = "x".repeat(300) + "a";
        String b = "x".repeat(300) + "b";
        assertThat(IriMinter.slug(a)).hasSize(IriMinter.MAX_SLUG + 9).isNotEqualTo(IriMinter.slug(b));
    }

    @Test
    void aliasesShareAnIri() {
        IriMinter minter = new IriMinter(Fixtures.lexicon(dir));
        assertThat(minter.benchmark("Massive Multitask Language Understanding")).isEqualTo(minter.benchmark("MMLU"));
        assertThat(minter.benchmark("mmlu").getURI()).isEqualTo(CG.ID + "benchmark/mmlu");
        assertThat(minter.organisation("Google DeepMind").getURI()).isEqualTo(CG.ID + "org/google");
    }

    @Property(tries = 500)
    void everyMintedIriIsValid(@ForAll("hostile") String name) {
        List<Node> minted = new ArrayList<>(List.of(
                BUNDLED.model(name), BUNDLED.benchmark(name), BUNDLED.organisation(name), BUNDLED.family(name),
                IriMinter.source(name), BUNDLED.paper(name, name), BUNDLED.paper(null, name),
                BUNDLED.run(name, name, name)));
        minted.add(IriMinter.evidence(minted.get(0), 3));
        for (Node iri : minted) {
            IRIx parsed = IRIx.create(iri.getURI());
            assertThat(parsed.hasViolations()).as(iri.getURI()).isFalse();
            assertThat(parsed.isAbsolute()).isTrue();
            assertThat(iri.getURI()).matches("https://w3id\\.org/claimgraph/id/[a-z]+/[a-z0-9-]+(/evidence/\\d+)?");
        }
    }

    @Property(tries = 300)
    void distinctNamesWithNonAsciiLettersDoNotCollide(@ForAll("hostile") String a, @ForAll("hostile") String b) {
        // Only ASCII spelling variants ("GPT-4" and "gpt 4") may share a slug.
        if (!a.equals(b) && (hasNonAsciiLetter(a) || hasNonAsciiLetter(b))) {
            assertThat(IriMinter.slug(a)).isNotEqualTo(IriMinter.slug(b));
        }
    }

    private static boolean hasNonAsciiLetter(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints()
                .anyMatch(c -> c > 0x7F && Character.isLetterOrDigit(c));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withChars("<>\"{}|\\^`%#?/:@ \t\n\u0000\u202e\ud83d\ude00éß通ＧİK")
                        .withCharRange('a', 'z').ofMaxLength(50),
                Arbitraries.of("", " ", "-", "%20", "../..", "a b", "http://x/y?z#w", "\u00a0", "\ufeff"));
    }
}
