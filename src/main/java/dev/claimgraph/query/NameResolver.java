package dev.claimgraph.query;

import dev.claimgraph.extract.Lexicon;
import dev.claimgraph.extract.Setting;
import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.IriMinter;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Turns names typed by users into the IRIs claims use: through the lexicon's aliases first, then
 * through labels and alternative labels in the store, else the IRI the name itself would mint
 * (which then matches nothing, so a bad name gives no rows rather than an error).
 */
final class NameResolver {

    private final Lexicon lexicon;
    private final IriMinter iris;
    private final SparqlRunner sparql;

    NameResolver(Lexicon lexicon, IriMinter iris, SparqlRunner sparql) {
        this.lexicon = lexicon;
        this.iris = iris;
        this.sparql = sparql;
    }

    Node model(String name) {
        Optional<Lexicon.KnownModel> known = lexicon.model(name);
        if (known.isPresent()) {
            return iris.model(known.get().name());
        }
        return stored(CG.Model, iris.model(name)).or(() -> byLabel(CG.Model, name)).orElseGet(() -> iris.model(name));
    }

    Node benchmark(String name) {
        if (lexicon.benchmark(name).isPresent()) {
            return iris.benchmark(name);
        }
        return stored(CG.Benchmark, iris.benchmark(name)).or(() -> byLabel(CG.Benchmark, name))
                .orElseGet(() -> iris.benchmark(name));
    }

    Node setting(Setting setting) {
        return iris.setting(setting);
    }

    /** The IRI a name mints, when the store has it: one index look-up instead of a search of every label. */
    private Optional<Node> stored(Node type, Node minted) {
        return sparql.ask("q-entity-exists", Map.of("entity", minted, "type", type)) ? Optional.of(minted) : Optional.empty();
    }

    /** The entity of a type whose label or alias has the same lexicon key ("LLaMA-2 70B" finds "Llama 2 70B"). */
    private Optional<Node> byLabel(Node type, String name) {
        String key = Lexicon.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return sparql.select("q-entity-labels", Map.of("type", type)).stream()
                .filter(row -> key.equals(Lexicon.key(row.text("label"))))
                .map(row -> row.node("entity"))
                .findFirst();
    }
}
