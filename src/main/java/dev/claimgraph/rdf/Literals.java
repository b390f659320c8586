package dev.claimgraph.rdf;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Typed literals in the lexical forms ClaimGraph writes, one form per value so graphs compare equal. */
public final class Literals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Literals() {}

    public static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    public static Node bool(boolean value) {
        return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
    }

    /** True for an xsd:boolean true in either lexical form ("true", "1"). */
    public static boolean isTrue(Node literal) {
        String form = literal.getLiteralLexicalForm();
        return "true".equals(form) || "1".equals(form);
    }

    /** An xsd:decimal in its canonical form. */
    public static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(canonical(value), XSDDatatype.XSDdecimal);
    }

    /**
     * The canonical xsd:decimal form ("80.5", "90.0"): TDB2 stores small decimals as values and
     * gives them back in this form, so writing any other form would make stored graphs differ
     * from mapped ones. Plain notation, because xsd:decimal has no exponent.
     */
    public static String canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigIntegerExact().toString() + ".0";
        }
        return stripped.toPlainString();
    }

    /** A confidence in [0, 1] as an xsd:decimal. */
    public static Node decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return decimal(BigDecimal.valueOf(value));
    }

    public static Node xsdLong(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDlong);
    }

    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    public static Node nonNegativeInteger(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /**
     * An ISO date as xsd:date, xsd:gYearMonth or xsd:gYear by how much of it is given, or null
     * when the text is none of these or not a valid date.
     */
    public static Node isoDate(String text) {
        if (text == null) {
            return null;
        }
        String date = text.strip();
        RDFDatatype type;
        if (DATE.matcher(date).matches()) {
            type = XSDDatatype.XSDdate;
        } else if (YEAR_MONTH.matcher(date).matches()) {
            type = XSDDatatype.XSDgYearMonth;
        } else if (YEAR.matcher(date).matches()) {
            type = XSDDatatype.XSDgYear;
        } else {
            return null;
        }
        return type.isValid(date) ? NodeFactory.createLiteralDT(date, type) : null;
    }
}
