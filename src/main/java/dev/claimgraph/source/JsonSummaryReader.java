package dev.claimgraph.source;

import dev.claimgraph.source.JsonTree.ArrayNode;
import dev.claimgraph.source.JsonTree.Field;
import dev.claimgraph.source.JsonTree.Node;
import dev.claimgraph.source.JsonTree.ObjectNode;
import dev.claimgraph.source.JsonTree.Scalar;
import dev.claimgraph.source.JsonTree.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JSON summary: metadata keys (title, authors, affiliations, date, in snake or camel case),
 * takeaways and abstract as blocks, other text fields as blocks named by their key, and arrays of
 * flat objects (results lists) as tables.
 */
public final class JsonSummaryReader implements SummaryReader {

    private static final Map<String, Role> KEYS = keys();

    private enum Role { TITLE, AUTHORS, AFFILIATIONS, DATE, NAME, TEXT }

    private static Map<String, Role> keys() {
        Map<String, Role> keys = new LinkedHashMap<>();
        for (String k : List.of("title", "paper", "papertitle", "papername")) {
            keys.put(k, Role.TITLE);
        }
        for (String k : List.of("authors", "author", "authorlist", "authornames")) {
            keys.put(k, Role.AUTHORS);
        }
        for (String k : List.of("affiliations", "affiliation", "organisations", "organizations", "organisation",
                "organization", "institutions", "institution", "orgs", "org")) {
            keys.put(k, Role.AFFILIATIONS);
        }
        for (String k : List.of("date", "published", "publicationdate", "publisheddate", "publishedat",
                "publishdate", "releasedate", "year")) {
            keys.put(k, Role.DATE);
        }
        return Map.copyOf(keys);
    }

    @Override
    public Document read(String name, String text) throws SourceException {
        Node root = JsonTree.parse(name, text);
        Walk walk = new Walk();
        walk.value(root, "", Role.TEXT, -1, 0);
        return new Document(name, SourceFormat.JSON, text, walk.meta.build(), walk.blocks, walk.tables);
    }

    private static String normalisedKey(String key) {
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** One pass over the tree, collecting metadata, blocks and tables. */
    private static final class Walk {

        final MetadataBuilder meta = new MetadataBuilder();
        final List<Block> blocks = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();

        /**
         * @param section the key the value belongs to
         * @param role what the key says the value is
         * @param parent the list item a nested list hangs under, or -1
         * @param depth nesting of arrays, to tell list items from paragraphs
         */
        void value(Node node, String section, Role role, int parent, int depth) {
            if (node instanceof Text t) {
                text(t.segment(), section, role, parent, depth);
            } else if (node instanceof Scalar s) {
                if (role == Role.DATE) {
                    meta.date(MetadataFields.whole(s.segment()), MetadataBuilder.EXPLICIT);
                }
            } else if (node instanceof ObjectNode o) {
                object(o, role);
            } else if (node instanceof ArrayNode a) {
                array(a, section, role, parent, depth);
            }
        }

        private void object(ObjectNode o, Role context) {
            for (Field f : o.fields()) {
                String key = normalisedKey(f.name());
                Role role = KEYS.getOrDefault(key, Role.TEXT);
                if (context == Role.AUTHORS && (key.equals("name") || key.equals("fullname"))) {
                    role = Role.NAME;
                }
                value(f.value(), f.key().plain(), role, -1, 0);
            }
        }

        private void array(ArrayNode a, String section, Role role, int parent, int depth) {
            if (role == Role.TEXT && isTable(a)) {
                tables.add(table(a, section));
                return;
            }
            int last = parent;
            for (Node item : a.items()) {
                if (item instanceof ArrayNode nested) {
                    array(nested, section, role, last, depth + 1);
                } else {
                    value(item, section, role, parent, depth + 1);
                    if (item instanceof Text && role == Role.TEXT && !blocks.isEmpty()) {
                        last = blocks.size() - 1;
                    }
                }
            }
        }

        private void text(Segment segment, String section, Role role, int parent, int depth) {
            switch (role) {
                case TITLE -> meta.title(MetadataFields.title(segment), MetadataBuilder.EXPLICIT);
                case DATE -> meta.date(MetadataFields.whole(segment), MetadataBuilder.EXPLICIT);
                case AUTHORS, NAME -> meta.addAuthors(MetadataFields.authors(segment), MetadataBuilder.EXPLICIT);
                case AFFILIATIONS -> meta.addAffiliations(MetadataFields.affiliations(segment),
                        MetadataBuilder.EXPLICIT);
                case TEXT -> {
                    if (!segment.text().isBlank()) {
                        BlockKind kind = depth > 0 ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
                        blocks.add(new Block(kind, segment, section, parent));
                    }
                }
            }
        }

        private static boolean isTable(ArrayNode a) {
            if (a.items().isEmpty()) {
                return false;
            }
            for (Node item : a.items()) {
                if (!(item instanceof ObjectNode o) || o.fields().isEmpty()) {
                    return false;
                }
                for (Field f : o.fields()) {
                    if (f.value() instanceof ObjectNode || f.value() instanceof ArrayNode) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static Table table(ArrayNode a, String section) {
            Map<String, Segment> header = new LinkedHashMap<>();
            for (Node item : a.items()) {
                for (Field f : ((ObjectNode) item).fields()) {
                    header.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f.key());
                }
            }
            List<List<TableCell>> rows = new ArrayList<>();
            rows.add(header.values().stream().map(k -> new TableCell(k, true)).toList());
            for (Node item : a.items()) {
                ObjectNode o = (ObjectNode) item;
                Map<String, Segment> cells = new LinkedHashMap<>();
                for (Field f : o.fields()) {
                    Segment value = f.value() instanceof Text t ? t.segment() : ((Scalar) f.value()).segment();
                    cells.putIfAbsent(f.name().toLowerCase(Locale.ROOT), value);
                }
                List<TableCell> row = new ArrayList<>();
                for (String key : header.keySet()) {
                    row.add(new TableCell(cells.getOrDefault(key, new Segment(o.start(), "")), false));
                }
                rows.add(row);
            }
            return new Table(rows, section, a.start(), a.end());
        }
    }
}
