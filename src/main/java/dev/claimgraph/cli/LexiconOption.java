package dev.claimgraph.cli;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.LexiconException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --lexicon} option: folders of lexicon JSON files added to the bundled lexicon. */
final class LexiconOption {

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "A folder of lexicon JSON files that add to the bundled lexicon (repeatable).")
    List<Path> folders = new ArrayList<>();

    /** The bundled lexicon plus the folders given. */
    Lexicon load() throws LexiconException {
        return folders.isEmpty() ? Lexicon.bundled() : Lexicon.withUserFolders(folders);
    }
}
