package io.remontada.common.graphql;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the query asks of the field being resolved, so that a resolver does only the work the answer shows. */
@ApplicationScoped
public class Selection {

    private final Context graphql;

    Selection(Context graphql) {
        this.graphql = graphql;
    }

    /**
     * Whether the field being resolved selects {@code child} directly, as a connection's {@code totalCount}, in any of
     * its selections or their fragments. Read from the query's own syntax: graphql-java's selection set would first
     * collect every field beneath this one, at every level, and match names by glob, for each item of a list.
     * A child under {@code @skip} counts as selected: that costs a read the answer does not show, never an answer.
     */
    public boolean includes(String child) {
        DataFetchingEnvironment env = graphql.unwrap(DataFetchingEnvironment.class);
        for (Field field : env.getMergedField().getFields()) {
            if (selects(field.getSelectionSet(), child, env.getFragmentsByName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean selects(SelectionSet selections, String child, Map<String, FragmentDefinition> fragments) {
        if (selections == null) {
            return false;
        }
        for (graphql.language.Selection<?> selection : selections.getSelections()) {
            boolean selected = selection instanceof Field field ? field.getName().equals(child)
                    : selection instanceof InlineFragment inline ? selects(inline.getSelectionSet(), child, fragments)
                    : selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                            && selects(fragments.get(spread.getName()).getSelectionSet(), child, fragments);
            if (selected) {
                return true;
            }
        }
        return false;
    }
}
