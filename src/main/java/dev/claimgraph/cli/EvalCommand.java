package dev.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimgraph.eval.GoldScorer;
import dev.claimgraph.extract.ClaimJson;
import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph eval}: extracts summaries and scores the claims against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {
            "Extracts summary files and scores the claims against DIR/*.gold.json: precision, recall and F1 "
                    + "per claim kind and overall.",
            "Gold files ending in .gold.json are not read as summaries."
        })
final class EvalCommand extends BaseCommand {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "The folder of *.gold.json files.")
    Path goldDir;

    @Option(names = "--details", description = "Also print missed and extra entries.")
    boolean details;

    @Mixin
    LexiconOption lexicon;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Summary files or folders (walked).")
    List<Path> paths;

    @Override
    int run() throws Exception {
        if (!Files.isDirectory(goldDir)) {
            throw usage("--gold " + goldDir + " is not a folder");
        }
        List<Path> gold = GoldScorer.goldFiles(goldDir);
        if (gold.isEmpty()) {
            err().println("claimgraph eval: no *.gold.json under " + goldDir);
            return 2;
        }
        Extractor extractor = new Extractor(lexicon.load());
        SourceReader reader = new SourceReader();
        Map<String, JsonNode> predictions = new HashMap<>();
        int failed = 0;
        try (Stream<Path> files = SourceFiles.stream(paths)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext();) {
                Path file = it.next();
                if (file.getFileName().toString().endsWith(".gold.json")) {
                    continue;
                }
                ExtractionResult result = extractOrReport(file, reader, extractor);
                if (result == null) {
                    failed++;
                } else {
                    predictions.put(result.document().name(), ClaimJson.toJson(result));
                }
            }
        }
        new GoldScorer(details).score(gold, predictions, out());
        return failed == 0 ? 0 : 1;
    }
}
