package dev.claimgraph.query;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.store.ClaimStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExploreTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of("/tmp/cg-explore-db");
        Lexicon lex = Lexicon.bundled();
        try (ClaimStore store = ClaimStore.open(dir); ClaimQueries q = ClaimQueries.local(store, lex)) {
            System.out.println("== leaderboard MMLU 5-shot");
            q.leaderboard("mmlu", Setting.parse("5-shot")).forEach(r -> System.out.println(r.cells()));
            System.out.println("== leaderboard GSM-8K all");
            q.leaderboard("GSM-8K", null).forEach(r -> System.out.println(r.cells()));
            System.out.println("== conflicts");
            q.conflicts().forEach(r -> System.out.println(r.cells()));
            System.out.println("== corroborations");
            q.corroborations().forEach(r -> System.out.println(r.cells()));
            System.out.println("== mismatches");
            q.settingMismatches().forEach(r -> System.out.println(r.cells()));
            System.out.println("== h2h");
            q.headToHead("GPT-4", "gpt-3.5").forEach(r -> System.out.println(r.cells()));
            System.out.println("== model");
            q.model("LLaMA-2 70B").facts().forEach(r -> System.out.println(r.cells()));
            System.out.println("== sota");
            q.sota("MMLU", null).forEach(r -> System.out.println(r.cells()));
            System.out.println("== self");
            q.selfVsThirdParty((String) null).forEach(r -> System.out.println(r.cells()));
        }
    }
}
