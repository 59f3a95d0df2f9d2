package io.remontada.comeback;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** A verdict says NO only when the record can see every occasion the question is about. */
@Name("Answer")
public enum Answer {
    @Description("At least one occasion in the record is the evidence")
    YES,
    @Description("None, and the record is complete for this question (every match in scope, with goal times where the scope needs them)")
    NO,
    @Description("None found, but part of what the question covers is missing from the record")
    UNKNOWN
}
