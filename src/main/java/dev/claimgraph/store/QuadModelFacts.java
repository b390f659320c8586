package dev.claimgraph.store;

import dev.claimgraph.rdf.CG;
import dev.claimgraph.rdf.Literals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A model's facts read straight from a local store's quad indexes, grouped as the
 * {@code q-model-*} queries group them: every claim naming the model as subject or object, score
 * claims skipped after one index probe, the rest read in one scan of their own graph.
 */
final class QuadModelFacts implements ModelFacts {

    /** The properties whose values tell one fact of each kind from another; the first {@link #REQUIRED} of them a claim must have. */
    private static final Map<Node, List<Node>> KEYS = Map.of(
            CG.DeveloperClaim, List.of(CG.organisation, CG.basis),
            CG.ParameterClaim, List.of(CG.parameterCount, CG.activeParameterCount),
            CG.ContextLengthClaim, List.of(CG.contextLength),
            CG.ComparisonClaim, List.of(CG.model, CG.relation, CG.object, CG.benchmark, CG.setting,
                    CG.objectSetting));

    private static final Map<Node, Integer> REQUIRED = Map.of(CG.DeveloperClaim, 1, CG.ParameterClaim, 1,
            CG.ContextLengthClaim, 1, CG.ComparisonClaim, 3);

    private final DatasetGraph dsg;

    QuadModelFacts(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public List<ModelFact> of(Node model) {
        Map<List<Node>, Group> groups = new LinkedHashMap<>();
        for (Node role : List.of(CG.model, CG.object)) {
            Iterator<Quad> uses = dsg.find(Node.ANY, Node.ANY, role, model);
            while (uses.hasNext()) {
                Quad use = uses.next();
                if (!dsg.contains(use.getGraph(), use.getSubject(), CG.RDF_TYPE, CG.ScoreClaim)) {
                    add(groups, use.getGraph(), use.getSubject(), role);
                }
            }
        }
        List<ModelFact> facts = new ArrayList<>(groups.size());
        groups.forEach((key, g) -> facts.add(new ModelFact(model, key.get(0), g.example, g.sources.size(),
                g.firstParty)));
        return facts;
    }

    private void add(Map<List<Node>, Group> groups, Node graph, Node claim, Node role) {
        Map<Node, Node> values = new HashMap<>();
        Node kind = null;
        Iterator<Quad> triples = dsg.find(graph, claim, Node.ANY, Node.ANY);
        while (triples.hasNext()) {
            Quad t = triples.next();
            if (t.getPredicate().equals(CG.RDF_TYPE)) {
                kind = KEYS.containsKey(t.getObject()) ? t.getObject() : kind;
            } else {
                values.put(t.getPredicate(), t.getObject());
            }
        }
        Node source = values.get(CG.statedIn);
        // Only a comparison names its model as object.
        if (kind == null || source == null || role.equals(CG.object) && !kind.equals(CG.ComparisonClaim)) {
            return;
        }
        List<Node> keyProperties = KEYS.get(kind);
        Node[] key = new Node[keyProperties.size() + 1];
        key[0] = kind;
        for (int i = 0; i < keyProperties.size(); i++) {
            key[i + 1] = values.get(keyProperties.get(i));
        }
        if (Arrays.stream(key, 1, 1 + REQUIRED.get(kind)).anyMatch(n -> n == null)) {
            return;
        }
        groups.computeIfAbsent(Arrays.asList(key), k -> new Group()).add(claim, source, values.get(CG.firstParty));
    }

    /** The claims of one fact so far. */
    private static final class Group {

        final Set<Node> sources = new HashSet<>();
        Node example;
        Boolean firstParty;

        void add(Node claim, Node source, Node firstPartyValue) {
            sources.add(source);
            if (example == null || claim.getURI().compareTo(example.getURI()) < 0) {
                example = claim;
            }
            if (firstPartyValue != null) {
                firstParty = Boolean.TRUE.equals(firstParty) || Literals.isTrue(firstPartyValue);
            }
        }
    }
}
