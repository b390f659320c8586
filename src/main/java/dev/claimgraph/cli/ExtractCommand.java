package dev.claimgraph.cli;

import dev.claimgraph.extract.ClaimJson;
import dev.claimgraph.extract.ExtractionResult;
import dev.claimgraph.extract.Extractor;
import dev.claimgraph.source.SourceReader;
import dev.claimgraph.store.SourceFiles;
import java.nio.charset.StandardCharsets;
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

/** {@code claimgraph extract}: claim JSON for each summary file, without storing anything. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts the claims of summary files as claim JSON.",
            "With --out, writes DIR/<file name>.json per file; without it, prints one JSON object "
                    + "for one file, or a JSON array of objects for several."
        })
final class ExtractCommand extends BaseCommand {

    @Option(names = "--out", paramLabel = "DIR", description = "Write one <file name>.json per input into DIR.")
    Path outDir;

    @Mixin
    LexiconOption lexicon;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Summary files or folders (walked).")
    List<Path> paths;

    @Override
    int run() throws Exception {
        Extractor extractor = new Extractor(lexicon.load());
        SourceReader reader = new SourceReader();
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        boolean array = outDir == null && SourceFiles.count(paths) != 1;
        Map<String, Path> names = new HashMap<>();
        int failed = 0;
        int written = 0;
        if (array) {
            out().print("[");
        }
        try (Stream<Path> files = SourceFiles.stream(paths)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext();) {
                Path file = it.next();
                ExtractionResult result = extractOrReport(file, reader, extractor);
                if (result == null) {
                    failed++;
                    continue;
                }
                String name = result.document().name();
                Path first = names.putIfAbsent(name, file);
                if (first != null) {
                    failed++;
                    Errors.report(err(), new CliException(file + ": duplicate document name " + name
                            + ": already extracted from " + first), false);
                    continue;
                }
                String json = ClaimJson.write(result);
                if (outDir != null) {
                    Path target = outDir.resolve(name + ".json");
                    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                    out().println("wrote " + target + " (" + result.claims().size() + " claims)");
                } else {
                    out().print(array ? (written == 0 ? "\n" : ",\n") + json : json + "\n");
                }
                written++;
            }
        }
        if (array) {
            out().println(written == 0 ? "]" : "\n]");
        }
        return failed == 0 ? 0 : 1;
    }
}
