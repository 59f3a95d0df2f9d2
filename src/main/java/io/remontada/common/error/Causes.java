package io.remontada.common.error;

import java.util.ArrayList;
import java.util.List;

/** A failure and what caused it, outermost first: frameworks wrap the driver's words several layers deep. */
public final class Causes {

    private Causes() {
    }

    /** The failure and its causes, each once, even where a cause refers back to one before it. */
    public static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
