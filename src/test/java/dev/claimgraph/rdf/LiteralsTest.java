package dev.claimgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void decimalsAreCanonical() {
        assertThat(Literals.canonical(new BigDecimal("80.50"))).isEqualTo("80.5");
        assertThat(Literals.canonical(new BigDecimal("90"))).isEqualTo("90.0");
        assertThat(Literals.canonical(new BigDecimal("1E+3"))).isEqualTo("1000.0");
        assertThat(Literals.canonical(new BigDecimal("0.000"))).isEqualTo("0.0");
        assertThat(Literals.canonical(new BigDecimal("-0.50"))).isEqualTo("-0.5");
        assertThat(Literals.canonical(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(Literals.decimal(0.95).getLiteralLexicalForm()).isEqualTo("0.95");
        assertThat(Literals.decimal(1.0).getLiteralLexicalForm()).isEqualTo("1.0");
    }

    @Test
    void datesAreTypedByShape() {
        assertThat(Literals.isoDate("2023-12-08").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(Literals.isoDate("2023-12").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth);
        assertThat(Literals.isoDate("2023").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear);
        assertThat(Literals.isoDate("2023-13-45")).isNull();
        assertThat(Literals.isoDate("December 2023")).isNull();
        assertThat(Literals.isoDate(null)).isNull();
    }
}
