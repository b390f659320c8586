package dev.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A literal name matches exactly where the regular expression of its pieces would. */
class LiteralNameProperties {

    private static final String AFTER = "(?![A-Za-z0-9]|-[A-Za-z0-9])";

    @Property(tries = 2000)
    void endsWhereTheRegexEnds(@ForAll("names") String name, @ForAll("texts") String text,
            @ForAll boolean caseSensitive, @ForAll boolean withAfter) {
        LiteralName literal = new LiteralName(name, caseSensitive, withAfter ? Pattern.compile(AFTER) : null);
        Pattern regex = Pattern.compile(regexOf(name) + (withAfter ? AFTER : ""),
                caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        for (int from = 0; from <= text.length(); from++) {
            Matcher m = regex.matcher(text);
            m.region(from, text.length());
            m.useTransparentBounds(true);
            assertThat(literal.endAt(text, from)).as("%s in %s at %d", name, text, from)
                    .isEqualTo(m.lookingAt() ? m.end() : -1);
        }
    }

    @Example
    void spacesAndHyphensAreInterchangeableAndOptional() {
        LiteralName name = new LiteralName("Code Llama", true, null);
        assertThat(name.endAt("Code-Llama 7B", 0)).isEqualTo(10);
        assertThat(name.endAt("CodeLlama", 0)).isEqualTo(9);
        assertThat(name.endAt("code llama", 0)).isEqualTo(-1);
        assertThat(new LiteralName("Code Llama", false, null).endAt("code llama", 0)).isEqualTo(10);
    }

    @Example
    void whatMustFollowCanUndoAnOptionalSeparator() {
        LiteralName name = new LiteralName("Foo-", true, Pattern.compile("(?![A-Za-z0-9])"));
        assertThat(name.endAt("Foo-x", 0)).isEqualTo(3);
    }

    /** The pattern a name used to be matched with: quoted pieces, each space or hyphen optional. */
    private static String regexOf(String name) {
        StringBuilder regex = new StringBuilder();
        for (String piece : name.split("(?<=[ -])|(?=[ -])")) {
            regex.append(piece.equals(" ") || piece.equals("-") ? "[ -]?" : Pattern.quote(piece));
        }
        return regex.toString();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aAbB1 -.é+").ofMinLength(1).ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbB1 -.é+x").ofMaxLength(10);
    }
}
