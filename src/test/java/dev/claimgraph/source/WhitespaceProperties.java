package dev.claimgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Collapsing whitespace gives what the regular expression replacement gives. */
class WhitespaceProperties {

    @Property(tries = 2000)
    void collapsesAsReplaceAllDoes(@ForAll("texts") String text) {
        assertThat(Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \t\n\r\u000B\f\u00A0\u3000").ofMaxLength(12);
    }
}
