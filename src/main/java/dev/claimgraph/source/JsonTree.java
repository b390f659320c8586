package dev.claimgraph.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses JSON into a small tree whose strings and numbers are {@link Segment}s of the text, with
 * escapes masked so that offsets stay those of the file.
 */
final class JsonTree {

    /** A JSON value with its place in the text. */
    sealed interface Node permits Text, Scalar, ArrayNode, ObjectNode {}

    /** A string; its segment covers the characters between the quotes. */
    record Text(Segment segment) implements Node {}

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    record Scalar(Segment segment) implements Node {}

    record ArrayNode(List<Node> items, int start, int end) implements Node {}

    record ObjectNode(List<Field> fields, int start, int end) implements Node {}

    /** One member of an object; {@code key} covers the name between its quotes. */
    record Field(String name, Segment key, Node value) {}

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String fileName;
    private final String text;

    private JsonTree(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
    }

    static Node parse(String fileName, String text) throws SourceException {
        return new JsonTree(fileName, text).parse();
    }

    private Node parse() throws SourceException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SourceException(fileName, 0, "empty file");
            }
            Node root = value(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new SourceException(fileName, parser.currentTokenLocation().getLineNr(),
                        "malformed JSON: unexpected " + trailing.asString() + " after the top-level value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SourceException(fileName, at == null ? 0 : at.getLineNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    private Node value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        int at = offset(parser);
        switch (token) {
            case START_OBJECT -> {
                List<Field> fields = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Segment key = string(offset(parser));
                    parser.nextToken();
                    fields.add(new Field(name, key, value(parser)));
                }
                return new ObjectNode(fields, at, offset(parser) + 1);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser));
                }
                return new ArrayNode(items, at, offset(parser) + 1);
            }
            case VALUE_STRING -> {
                return new Text(string(at));
            }
            default -> {
                return new Scalar(scalar(at));
            }
        }
    }

    private int offset(JsonParser parser) {
        long offset = parser.currentTokenLocation().getCharOffset();
        return (int) Math.max(0, Math.min(offset, text.length()));
    }

    /** The masked content of the string whose opening quote is at (or just after) {@code at}. */
    private Segment string(int at) {
        int quote = at;
        while (quote < text.length() && text.charAt(quote) != '"') {
            quote++;
        }
        int start = quote + 1;
        StringBuilder out = new StringBuilder();
        int i = start;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = text.charAt(i + 1);
            if (e == 'u' && i + 5 < text.length()) {
                char decoded = (char) Integer.parseInt(text.substring(i + 2, i + 6), 16);
                out.append(decoded < 0x20 ? ' ' : decoded).append("     ");
                i += 6;
            } else {
                out.append(switch (e) {
                    case 'n', 'r', 't', 'b', 'f' -> ' ';
                    default -> e;
                }).append(' ');
                i += 2;
            }
        }
        return new Segment(start, out.toString());
    }

    private Segment scalar(int at) {
        int end = at;
        while (end < text.length() && "+-0123456789.eEtrufalsn".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return new Segment(at, text.substring(at, end));
    }
}
